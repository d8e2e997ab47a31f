/**
 * GitHub's own global ids in their current form: a type prefix, `_`, then base64url of the
 * MessagePack array `[0, repository_id, object_id]` (`WFR_kwLOABCD...` for a workflow run).
 * Decoding one gives the ids a `/repositories/{repository_id}/...` route needs. Older ids
 * (`MDExOldvcmtmbG93UnVu...`) carry no repository and cannot reach REST.
 */
import { InvalidInputError } from './errors.js';

export interface RepositoryScopedNodeId {
  repositoryId: number;
  objectId: number;
}

/** Reads one MessagePack unsigned integer (fixint, uint8/16/32/64) at `at`; `undefined` otherwise. */
function readUint(bytes: Buffer, at: number): { value: number; next: number } | undefined {
  const tag = bytes[at];
  if (tag === undefined) return undefined;
  if (tag < 0x80) return { value: tag, next: at + 1 };
  const width = { 0xcc: 1, 0xcd: 2, 0xce: 4, 0xcf: 8 }[tag];
  if (width === undefined || at + 1 + width > bytes.length) return undefined;
  let value = 0;
  for (let i = 1; i <= width; i++) value = value * 256 + bytes[at + i]!;
  return { value, next: at + 1 + width };
}

export function decodeNodeId(
  nodeId: string,
  prefix: string,
  argument = 'nodeId',
): RepositoryScopedNodeId {
  const invalid = () =>
    new InvalidInputError(
      `${argument} ${JSON.stringify(nodeId)} is not a GitHub ${prefix}_ node id with a repository.`,
      { argument },
    );
  if (!nodeId.startsWith(`${prefix}_`) || !/^[A-Za-z0-9_-]+$/.test(nodeId.slice(prefix.length + 1)))
    throw invalid();
  const bytes = Buffer.from(nodeId.slice(prefix.length + 1), 'base64url');
  // 0x93: a fixarray of three; the first element is the format version, 0.
  if (bytes[0] !== 0x93 || bytes[1] !== 0) throw invalid();
  const repository = readUint(bytes, 2);
  const object = repository && readUint(bytes, repository.next);
  if (!repository || !object || object.next !== bytes.length) throw invalid();
  const ok = (n: number) => Number.isSafeInteger(n) && n >= 1;
  if (!ok(repository.value) || !ok(object.value)) throw invalid();
  return { repositoryId: repository.value, objectId: object.value };
}
