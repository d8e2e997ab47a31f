/**
 * What shared state writes to Redis is sealed: AES-256-GCM under a key derived (HKDF-SHA256)
 * from the deployment secret and a purpose, and for cached bodies from the caller's
 * `Authorization` too. A Redis reader without the secret learns nothing; a replica without
 * a caller's token cannot open that caller's bodies. The associated data binds a box to the
 * key it was stored under, so boxes cannot be swapped between entries.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT = 'actions-runs-gateway shared state v1';

export class SecretBox {
  readonly #key: Buffer;

  private constructor(key: Buffer) {
    this.#key = key;
  }

  /**
   * `purpose` separates uses (events, poll state, bodies); `authorization` (hashed first, as
   * HKDF's info is bounded) makes the key the caller's own.
   */
  static derive(secret: string, purpose: string, authorization?: string | undefined): SecretBox {
    const info = Buffer.concat([
      Buffer.from(`${purpose}\0`),
      createHash('sha256')
        .update(authorization ?? '')
        .digest(),
    ]);
    return new SecretBox(Buffer.from(hkdfSync('sha256', secret, SALT, info, 32)));
  }

  seal(plain: Buffer | string, associated: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    cipher.setAAD(Buffer.from(associated));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  /** The plain bytes, or `undefined` when the box is not this key's or was altered. */
  open(box: Buffer, associated: string): Buffer | undefined {
    if (box.length < IV_BYTES + TAG_BYTES) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#key, box.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(associated));
      decipher.setAuthTag(box.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(box.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    } catch {
      return undefined;
    }
  }
}
