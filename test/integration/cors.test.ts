/**
 * CORS: no other origin's page may read an answer unless `CORS_ORIGINS` names it, and none
 * may ever send ambient credentials (the gateway reads no cookie).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Harness, startHarness } from '../helpers/harness.js';

const PORTAL = 'https://portal.example.com';
const EVIL = 'https://evil.example';

function preflight(h: Harness, origin: string) {
  return h.gateway.fetch('http://gateway/graphql', {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  });
}

function post(h: Harness, origin: string) {
  return h.gateway.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: {
      origin,
      'content-type': 'application/json',
      authorization: 'Bearer demo-read-token',
    },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
}

describe('CORS by default', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ size: 'small' });
  });
  afterAll(() => h.close());

  it('allows no other origin, with or without credentials', async () => {
    for (const response of [await preflight(h, EVIL), await post(h, EVIL)]) {
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
    expect(h.upstreamCalls()).toBe(0);
  });
});

describe('CORS with CORS_ORIGINS', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      size: 'small',
      corsOrigins: loadConfig({ CORS_ORIGINS: `${PORTAL}, http://localhost:3000` }).corsOrigins,
    });
  });
  afterAll(() => h.close());

  it('lets a listed origin send its token in Authorization, never with credentials', async () => {
    const response = await preflight(h, PORTAL);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const answer = await post(h, PORTAL);
    expect(answer.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('still allows an unlisted origin nothing', async () => {
    expect((await preflight(h, EVIL)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await post(h, EVIL)).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS_ORIGINS', () => {
  it('takes origins or *, and reports anything else with what was expected', () => {
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example/path,evil.example' })).toThrow(
      /CORS_ORIGINS must list origins such as https:\/\/portal\.example\.com.*"https:\/\/a\.example\/path"[\s\S]*"evil\.example"/,
    );
  });
});
