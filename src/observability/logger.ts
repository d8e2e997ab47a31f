/**
 * The process's structured log: pino, one JSON object a line on stdout. In a terminal
 * (`npm start` by hand) the lines are made readable by `pino-pretty` when it is installed (a
 * development dependency, absent from a production install, where the JSON stays).
 * Nothing logs a token or a variable's value: see src/plugins/use-operation-log.ts.
 *
 * Lines to stdout are buffered (pino's asynchronous destination): a write to stdout's pipe
 * per operation line cost about a twentieth of a request's CPU, measured. A line waits at most
 * `FLUSH_EVERY_MS`, or until 4 KiB are waiting; what is buffered is written out synchronously
 * when the process exits, whatever the exit (graceful shutdown, a start-up error,
 * `process.exit`). Only a process killed outright (SIGKILL, the OOM killer) loses the last
 * lines.
 */
import { createRequire } from 'node:module';
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LoggerSetup {
  level: LogLevel;
  /** Readable lines instead of JSON, when pino-pretty can be loaded. */
  pretty?: boolean | undefined;
  /** Where the lines go (tests capture them); stdout when absent. */
  destination?: DestinationStream | undefined;
}

const options = (level: LogLevel): LoggerOptions => ({
  level,
  base: { service: 'actions-runs-graphql-gateway' },
  timestamp: pino.stdTimeFunctions.isoTime,
  // A second line of defence: these never get into a line even if a caller passes them.
  redact: {
    paths: [
      'authorization',
      '*.authorization',
      'headers.authorization',
      'variables',
      '*.variables',
    ],
    censor: '[redacted]',
  },
});

function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

export function createLogger({ level, pretty = false, destination }: LoggerSetup): Logger {
  if (destination) return pino(options(level), destination);
  if (pretty && prettyAvailable()) {
    return pino({
      ...options(level),
      transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l' } },
    });
  }
  return pino(options(level), bufferedStdout());
}

/** Longest a line waits in the buffer before it is written. */
const FLUSH_EVERY_MS = 250;

/** pino registers the flush at exit of an asynchronous destination itself. */
const bufferedStdout = (): DestinationStream =>
  pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: FLUSH_EVERY_MS });
