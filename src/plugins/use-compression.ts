/**
 * Compression for clients that accept it, except event streams: a compressor holds
 * bytes back until its block fills, so SSE events and heartbeats would sit in the
 * gateway instead of reaching the subscriber.
 */
import { useContentEncoding } from '@whatwg-node/server';
import type { Plugin } from 'graphql-yoga';

export function useCompression(): Plugin {
  const encoding = useContentEncoding() as Plugin;
  return {
    ...encoding,
    onResponse(payload) {
      if (payload.response.headers.get('content-type')?.startsWith('text/event-stream')) return;
      return encoding.onResponse?.(payload);
    },
  };
}
