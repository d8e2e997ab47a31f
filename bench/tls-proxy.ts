/**
 * A TLS front for the simulator, as api.github.com is reached: HTTP/2 (and HTTP/1.1 for
 * clients that do not offer it) on a loopback port, each request forwarded to the plain-HTTP
 * simulator. The certificate is made at run time for 127.0.0.1 and thrown away after; no key
 * is ever written into the repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';

export interface TlsProxy {
  url: string;
  /** The self-signed certificate's file, for `NODE_EXTRA_CA_CERTS` of a client. */
  caFile: string;
  /** Requests answered, by the protocol the client spoke (`2.0`, `1.1`). */
  protocols: Map<string, number>;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host']);

export async function startTlsProxy(upstreamUrl: string): Promise<TlsProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  const keyFile = join(dir, 'key.pem');
  const caFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      keyFile,
      '-out',
      caFile,
    ],
    { stdio: 'ignore' },
  );
  // Enough connections behind the proxy that it never is the queue being measured.
  const pool = new Pool(upstreamUrl, { connections: 512 });
  const protocols = new Map<string, number>();
  const server = createSecureServer(
    {
      key: readFileSync(keyFile),
      cert: readFileSync(caFile),
      allowHTTP1: true,
      // GitHub's own advertised limit; undici opens a new connection past it.
      settings: { maxConcurrentStreams: 100 },
    },
    (req: Http2ServerRequest | IncomingMessage, res: Http2ServerResponse | ServerResponse) => {
      protocols.set(req.httpVersion, (protocols.get(req.httpVersion) ?? 0) + 1);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers))
        if (!name.startsWith(':') && !HOP_BY_HOP.has(name) && typeof value === 'string')
          headers[name] = value;
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        pool
          .request({
            path: req.url ?? '/',
            method: (req.method ?? 'GET') as 'GET',
            headers,
            body: chunks.length > 0 ? Buffer.concat(chunks) : null,
          })
          .then(async (answer) => {
            const out: Record<string, string | string[]> = {};
            for (const [name, value] of Object.entries(answer.headers))
              if (!HOP_BY_HOP.has(name) && value !== undefined) out[name] = value;
            const body = Buffer.from(await answer.body.arrayBuffer());
            (res as ServerResponse).writeHead(answer.statusCode, out).end(body);
          })
          .catch(() => {
            (res as ServerResponse).writeHead(502).end();
          });
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `https://127.0.0.1:${port}`,
    caFile,
    protocols,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await pool.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
