/**
 * Downloads the tail of a plain-text log from a signed link (a job log's 302 target).
 * The link is its own credential and lives on another host (GitHub's blob storage), so the
 * request carries no Authorization and nothing of the caller's. The body is streamed and
 * only the last `maxBytes` are kept, so memory stays bounded for a log of any size.
 */
import { type Dispatcher, request } from 'undici';
import { codeForStatus, UpstreamStatusError, UpstreamUnavailableError } from './errors.js';

export interface LogTailOptions {
  dispatcher: Dispatcher;
  timeoutMs: number;
  maxLines: number;
  maxBytes: number;
}

export interface LogTail {
  text: string;
  /** Whether lines before `text` were left out. */
  truncated: boolean;
}

export async function downloadLogTail(
  url: string,
  { dispatcher, timeoutMs, maxLines, maxBytes }: LogTailOptions,
): Promise<LogTail> {
  let response: Dispatcher.ResponseData;
  try {
    response = await request(url, {
      dispatcher,
      headers: { accept: 'text/plain' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new UpstreamUnavailableError(
      'UPSTREAM_ERROR',
      `The log download failed: ${(error as Error).message}`,
    );
  }
  if (response.statusCode !== 200) {
    await response.body.dump();
    throw new UpstreamStatusError(
      codeForStatus(response.statusCode),
      response.statusCode,
      `The log link answered ${response.statusCode}; links expire about a minute after they are made.`,
    );
  }
  // Chunks whose total, less the oldest chunk, stays under `maxBytes`: at most maxBytes + one chunk.
  const chunks: Buffer[] = [];
  let kept = 0;
  let dropped = false;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    kept += chunk.length;
    while (chunks.length > 1 && kept - chunks[0]!.length >= maxBytes) {
      kept -= chunks.shift()!.length;
      dropped = true;
    }
  }
  let bytes = Buffer.concat(chunks);
  if (bytes.length > maxBytes) {
    bytes = bytes.subarray(bytes.length - maxBytes);
    dropped = true;
  }
  let lines = bytes.toString('utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  // A cut through the middle of a line (or a UTF-8 character) leaves a partial first line.
  if (dropped) lines = lines.slice(1);
  const truncated = dropped || lines.length > maxLines;
  return { text: lines.slice(-maxLines).join('\n'), truncated };
}
