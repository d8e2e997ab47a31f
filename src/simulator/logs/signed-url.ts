/**
 * Signed log URLs, modelled on GitHub's `...signedlogcontent?urlExpires=..&urlSigningMethod=HMACV1&urlSignature=..`.
 * The URL alone grants access (no Authorization header, like GitHub's blob storage), for
 * 60 seconds of simulator time. The key is random per simulator, so URLs cannot be forged.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNED_URL_TTL_MS = 60_000;

export class LogUrlSigner {
  private readonly key = randomBytes(32);

  private sign(path: string, expires: string): string {
    return createHmac('sha256', this.key).update(`${path}\n${expires}`).digest('base64');
  }

  /** An absolute URL for `path` (a path on the simulator) that expires TTL after `now`. */
  create(base: string, path: string, now: Date): string {
    const expires = new Date(now.getTime() + SIGNED_URL_TTL_MS).toISOString();
    const url = new URL(path, base);
    url.searchParams.set('urlExpires', expires);
    url.searchParams.set('urlSigningMethod', 'HMACV1');
    url.searchParams.set('urlSignature', this.sign(path, expires));
    return url.href;
  }

  /** 'ok', or why the URL is refused (GitHub's storage answers 403 in both cases). */
  verify(path: string, query: URLSearchParams, now: Date): 'ok' | 'expired' | 'bad-signature' {
    const expires = query.get('urlExpires') ?? '';
    const given = Buffer.from(query.get('urlSignature') ?? '', 'base64');
    const expected = Buffer.from(this.sign(path, expires), 'base64');
    if (
      query.get('urlSigningMethod') !== 'HMACV1' ||
      given.length !== expected.length ||
      !timingSafeEqual(given, expected)
    )
      return 'bad-signature';
    const at = Date.parse(expires);
    if (Number.isNaN(at) || now.getTime() >= at) return 'expired';
    return 'ok';
  }
}
