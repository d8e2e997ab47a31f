/** What the gateway serves over HTTP besides GraphQL results. */
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ size: 'small' });
});
afterAll(() => h.close());

describe('HTTP', () => {
  it('answers a health check without calling GitHub', async () => {
    h.resetCalls();
    const response = await h.gateway.fetch('http://gateway/health');
    expect(response.status).toBe(200);
    expect(h.upstreamCalls()).toBe(0);
  });

  it('compresses for clients that accept it, GraphiQL included', async () => {
    const page = await h.gateway.fetch('http://gateway/graphql', {
      headers: { accept: 'text/html', 'accept-encoding': 'gzip' },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-encoding')).toBe('gzip');
    const html = gunzipSync(Buffer.from(await page.arrayBuffer())).toString();
    expect(html).toContain('GitHub Actions runs');
    const plain = await h.gateway.fetch('http://gateway/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });
});
