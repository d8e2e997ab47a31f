/**
 * Checks of mutation inputs, run before any call: a malformed id, an id of the wrong type,
 * an empty list or an over-long comment is a `BAD_USER_INPUT` that never reaches GitHub.
 */
import { InvalidInputError } from '../../github/errors.js';
import { decodeNodeId } from '../../github/node-id.js';
import type { RepoKey, RunKey } from '../../loaders/keys.js';
import { decodeGlobalId, decodeGlobalIdOf, parseRepoScopedId } from '../global-id.js';

/** GitHub refuses comment bodies over 65,536 characters. */
export const MAX_COMMENT_LENGTH = 65_536;

function scopedId(globalId: string, typename: string, argument: string) {
  const { id } = decodeGlobalIdOf(globalId, [typename], argument);
  try {
    return parseRepoScopedId(id, 1);
  } catch {
    throw new InvalidInputError(`${argument} ${JSON.stringify(globalId)} is not a valid id.`, {
      argument,
    });
  }
}

export function runKeyFromId(globalId: string, argument = 'workflowRunId'): RunKey {
  const { owner, repo, numbers } = scopedId(globalId, 'WorkflowRun', argument);
  return { owner, repo, runId: numbers[0]! };
}

export function jobKeyFromId(globalId: string, argument = 'jobId'): RepoKey & { jobId: number } {
  const { owner, repo, numbers } = scopedId(globalId, 'WorkflowJob', argument);
  return { owner, repo, jobId: numbers[0]! };
}

export function workflowKeyFromId(
  globalId: string,
  argument = 'workflowId',
): RepoKey & { workflowId: number } {
  const { owner, repo, numbers } = scopedId(globalId, 'Workflow', argument);
  return { owner, repo, workflowId: numbers[0]! };
}

export function checkComment(comment: string | null | undefined, argument = 'comment'): string {
  const text = comment ?? '';
  if (text.length > MAX_COMMENT_LENGTH) {
    throw new InvalidInputError(
      `${argument} is ${text.length} characters long; GitHub accepts at most ${MAX_COMMENT_LENGTH}.`,
      { argument },
    );
  }
  return text;
}

const LEGACY_ENVIRONMENT_ID = /^(\d{2,3}):Environment(\d+)$/;

/**
 * The REST ids of the environments a review names. Each entry may be:
 * - the gateway's `Environment.id` (it wraps GitHub's environment node id);
 * - GitHub's own environment node id, as GitHub's GraphQL API gives it, in the legacy form
 *   (base64 of `011:Environment161171787`) or the current one (`EN_kwDO...`);
 * - the environment's `databaseId` as a decimal string (`"161171787"`), what REST takes.
 * Duplicates collapse; the order of first appearance is kept.
 */
export function environmentDatabaseIds(
  ids: readonly string[],
  argument = 'environmentIds',
): number[] {
  if (ids.length === 0)
    throw new InvalidInputError(`${argument} must name at least one environment.`, { argument });
  const out = ids.map((id, index) => {
    const databaseId = environmentDatabaseId(id.trim());
    if (databaseId === undefined) {
      throw new InvalidInputError(
        `${argument}[${index}] ${JSON.stringify(id)} is not an environment id: expected an Environment's id or its databaseId.`,
        { argument, index },
      );
    }
    return databaseId;
  });
  return [...new Set(out)];
}

function environmentDatabaseId(id: string): number | undefined {
  const wrapped = gatewayId(id);
  if (wrapped)
    return wrapped.typename === 'Environment' ? githubEnvironmentId(wrapped.id) : undefined;
  return githubEnvironmentId(id);
}

/** GitHub's legacy ids are base64 of `011:Environment1`, which decodes like ours; a type name starts with a letter. */
function gatewayId(id: string): { typename: string; id: string } | undefined {
  try {
    const decoded = decodeGlobalId(id);
    return /^[A-Za-z_]\w*$/.test(decoded.typename) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

/** GitHub's node id of an environment (either form), or its database id. */
function githubEnvironmentId(id: string): number | undefined {
  if (/^\d{1,16}$/.test(id)) return positive(Number(id));
  if (id.startsWith('EN_')) return environmentOfNodeId(id);
  if (!/^[A-Za-z0-9+/]+=*$/.test(id)) return undefined;
  const legacy = LEGACY_ENVIRONMENT_ID.exec(Buffer.from(id, 'base64').toString('latin1'));
  if (!legacy || Number(legacy[1]) !== 'Environment'.length) return undefined;
  return positive(Number(legacy[2]));
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** The environment of GitHub's current `EN_` node id form (see src/github/node-id.ts). */
function environmentOfNodeId(id: string): number | undefined {
  try {
    return decodeNodeId(id, 'EN').objectId;
  } catch {
    return undefined;
  }
}

/** api.github.com: "The maximum number of properties is 25" (it was 10 until late 2025). */
export const MAX_DISPATCH_INPUTS = 25;

/**
 * A branch or tag name as `git check-ref-format` allows it: no whitespace or control
 * characters, none of `~ ^ : ? * [ \`, no `..`, `@{` or `//`, no leading or trailing `/` or
 * `.`, no `.lock` ending, and not `@` alone.
 */
export function checkGitRef(ref: string, argument = 'ref'): string {
  const bad =
    ref === '' ||
    ref === '@' ||
    /[\s\x00-\x1f\x7f~^:?*[\\]/.test(ref) ||
    ref.includes('..') ||
    ref.includes('@{') ||
    ref.includes('//') ||
    /^[/.]|[/.]$/.test(ref) ||
    ref.endsWith('.lock') ||
    ref.split('/').some((part) => part.startsWith('.'));
  if (bad)
    throw new InvalidInputError(
      `${argument} ${JSON.stringify(ref)} is not a valid git branch or tag name.`,
      { argument },
    );
  return ref;
}

/** Dispatch inputs: a JSON object of string values, at most GitHub's 25 of them. */
export function checkDispatchInputs(
  inputs: unknown,
  argument = 'inputs',
): Record<string, string> | undefined {
  if (inputs === undefined || inputs === null) return undefined;
  if (typeof inputs !== 'object' || Array.isArray(inputs)) {
    throw new InvalidInputError(
      `${argument} must be a JSON object of strings, such as {"environment": "staging"}.`,
      { argument },
    );
  }
  const entries = Object.entries(inputs);
  if (entries.length > MAX_DISPATCH_INPUTS) {
    throw new InvalidInputError(
      `${argument} has ${entries.length} inputs; GitHub accepts at most ${MAX_DISPATCH_INPUTS}.`,
      { argument },
    );
  }
  for (const [name, value] of entries) {
    if (typeof value !== 'string') {
      throw new InvalidInputError(
        `${argument}.${name} must be a string, not ${value === null ? 'null' : typeof value}.`,
        { argument, input: name },
      );
    }
  }
  return Object.fromEntries(entries) as Record<string, string>;
}
