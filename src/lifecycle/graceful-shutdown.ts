/**
 * What SIGTERM (a deploy, a scale-in) and SIGINT (Ctrl-C) do: stop accepting connections at
 * once, let the requests in flight finish for up to `timeoutMs`, then cut what is left,
 * close the upstream connections and the rest (`close`), and exit 0. A second signal cuts
 * the wait short.
 *
 * Sockets that hold no request are closed at once, and each one as its request ends, so
 * keep-alive clients reconnect elsewhere instead of sending to a process that is leaving.
 */
import type { Server } from 'node:http';
import type { Logger } from '../observability/logger.js';

export interface ShutdownOptions {
  /** The public server (and any other, such as the metrics port's). */
  servers: Server[];
  /** Longest wait for the requests in flight. */
  timeoutMs: number;
  /** Called as shutdown starts: what would hold a connection open forever (WebSockets, pollers). */
  drain?: (() => unknown) | undefined;
  /** Called once the servers are closed or the wait is over: upstream connections, live services, exporters. */
  close: () => Promise<unknown>;
  logger?: Logger | undefined;
  /** Called with the exit code at the end (tests replace it). */
  exit?: (code: number) => void;
  signals?: NodeJS.Signals[];
}

/** Installs the signal handlers; returns the shutdown itself, for a caller to start it directly. */
export function installGracefulShutdown({
  servers,
  timeoutMs,
  close,
  drain,
  logger,
  exit = (code) => process.exit(code),
  signals = ['SIGTERM', 'SIGINT'],
}: ShutdownOptions): (signal?: string) => Promise<void> {
  let inFlight = 0;
  let stopping: Promise<void> | undefined;
  let cut: (() => void) | undefined;
  for (const server of servers) {
    server.on('request', (_request, response) => {
      inFlight += 1;
      response.once('close', () => {
        inFlight -= 1;
        // Once leaving, a socket whose request has ended is not kept for another.
        if (stopping) server.closeIdleConnections();
      });
    });
  }

  const shutdown = (signal = 'shutdown'): Promise<void> => {
    if (stopping) {
      cut?.();
      return stopping;
    }
    logger?.info({ signal, inFlight, timeoutMs }, 'shutting down: no new connections');
    const closed = Promise.all(
      servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
    );
    for (const server of servers) server.closeIdleConnections();
    drain?.();
    stopping = (async () => {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        closed.then(() => false),
        new Promise<boolean>((resolve) => {
          cut = () => resolve(true);
          timer = setTimeout(() => resolve(true), timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      if (timedOut) {
        logger?.warn({ inFlight }, 'shutdown: requests still in flight were cut');
        for (const server of servers) server.closeAllConnections();
      }
      try {
        await close();
      } catch (error) {
        logger?.error({ err: error }, 'shutdown: closing failed');
      }
      logger?.info('shut down');
      logger?.flush?.();
      exit(0);
    })();
    return stopping;
  };
  for (const signal of signals) process.on(signal, () => void shutdown(signal));
  return shutdown;
}
