/**
 * GitHub's "next" global ids: a type prefix, `_`, then base64url of a MessagePack array
 * `[0, repository_id, object_id]`. Encoding the same way keeps ids realistic and lets a
 * client (or a test) map a `WFR_...` id back to its repository and run.
 */
export type NodeIdPrefix = 'WFR' | 'CR' | 'CS' | 'W' | 'R' | 'DE' | 'EN';

function packUint(value: number): number[] {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error(`node ids encode non-negative integers, got ${value}`);
  if (value < 0x80) return [value];
  if (value <= 0xff) return [0xcc, value];
  if (value <= 0xffff) return [0xcd, value >> 8, value & 0xff];
  if (value <= 0xffffffff)
    return [0xce, (value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
  const high = Math.floor(value / 2 ** 32);
  const low = value >>> 0;
  return [0xcf, ...packUint32(high), ...packUint32(low)];
}

function packUint32(v: number): number[] {
  return [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
}

export function encodeNodeId(prefix: NodeIdPrefix, repositoryId: number, objectId: number): string {
  const bytes = [0x93, 0, ...packUint(repositoryId), ...packUint(objectId)];
  return `${prefix}_${Buffer.from(bytes).toString('base64url')}`;
}

/** Inverse of encodeNodeId; undefined when the id is not in this format. */
export function decodeNodeId(
  nodeId: string,
): { prefix: string; repositoryId: number; objectId: number } | undefined {
  const match = /^([A-Z]+)_([A-Za-z0-9_-]+)$/.exec(nodeId);
  if (!match) return undefined;
  const bytes = Buffer.from(match[2] ?? '', 'base64url');
  let at = 0;
  const read = (): number | undefined => {
    const tag = bytes[at++];
    if (tag === undefined) return undefined;
    if (tag < 0x80) return tag;
    const width = tag === 0xcc ? 1 : tag === 0xcd ? 2 : tag === 0xce ? 4 : tag === 0xcf ? 8 : 0;
    if (width === 0 || at + width > bytes.length) return undefined;
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 256 + (bytes[at++] ?? 0);
    return value;
  };
  if (bytes[at++] !== 0x93) return undefined;
  const version = read();
  const repositoryId = read();
  const objectId = read();
  if (version !== 0 || repositoryId === undefined || objectId === undefined || at !== bytes.length)
    return undefined;
  return { prefix: match[1] ?? '', repositoryId, objectId };
}

/** GitHub's legacy ids (users, teams, environments): base64 of "<len>:<Type><id>". */
export function legacyNodeId(type: string, id: number): string {
  return Buffer.from(`${String(type.length).padStart(2, '0')}:${type}${id}`).toString('base64');
}
