/**
 * Checks of the values that become REST path segments. They run before any request, so a
 * GraphQL argument can never reshape a path (`..`, `a/b`, `%2F`) and bad input costs no
 * upstream call.
 */
import { InvalidInputError } from './errors.js';

/** GitHub logins: alphanumerics and single inner hyphens, at most 39 characters. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** Repository names: ASCII letters, digits, `.`, `-`, `_`; at most 100 characters. */
const REPOSITORY = /^[A-Za-z0-9._-]{1,100}$/;
/** A workflow file name (GitHub accepts the base name of `.github/workflows/*.yml`). */
const WORKFLOW_FILE = /^[A-Za-z0-9._-]{1,255}\.ya?ml$/;

export function checkOwner(owner: string, argument = 'owner'): string {
  if (!OWNER.test(owner)) {
    throw new InvalidInputError(
      `Invalid owner ${JSON.stringify(owner)}: a login has 1 to 39 letters, digits or single inner hyphens.`,
      { argument },
    );
  }
  return owner;
}

export function checkRepositoryName(name: string, argument = 'repo'): string {
  if (!REPOSITORY.test(name) || name === '.' || name === '..') {
    throw new InvalidInputError(
      `Invalid repository name ${JSON.stringify(name)}: use 1 to 100 letters, digits, '.', '-' or '_' (not '.' or '..').`,
      { argument },
    );
  }
  return name;
}

export function checkId(value: unknown, argument: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new InvalidInputError(
      `Invalid ${argument} ${JSON.stringify(value)}: expected a positive integer.`,
      { argument },
    );
  }
  return value;
}

/** A workflow is addressed by its numeric id or its file name, as in `ci.yml`. */
export function checkWorkflowId(value: unknown, argument = 'workflow_id'): number | string {
  if (typeof value === 'string' && /^\d+$/.test(value)) return checkId(Number(value), argument);
  if (typeof value === 'string' && WORKFLOW_FILE.test(value) && !value.startsWith('.'))
    return value;
  if (typeof value === 'number') return checkId(value, argument);
  throw new InvalidInputError(
    `Invalid workflow ${JSON.stringify(value)}: expected a numeric id or a file name such as ci.yml.`,
    { argument },
  );
}

const CHECKS: Record<string, (value: unknown, name: string) => string | number> = {
  owner: (v) => checkOwner(String(v)),
  repo: (v) => checkRepositoryName(String(v)),
  workflow_id: (v, n) => checkWorkflowId(v, n),
  // The only archive format GitHub serves artifacts in.
  archive_format: (v, n) => {
    if (v !== 'zip')
      throw new InvalidInputError(`Invalid ${n} ${JSON.stringify(v)}: expected "zip".`, {
        argument: n,
      });
    return v;
  },
};

/** Checks one path parameter by its name in the route template; ids by default. */
export function checkPathParam(name: string, value: unknown): string {
  const check = CHECKS[name] ?? checkId;
  return encodeURIComponent(String(check(value, name)));
}
