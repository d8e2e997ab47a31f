/** Small body validators that answer GitHub's 422 `errors` entries. They never touch state. */
import { validationFailed } from './api-error.js';

export type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Optional, nullable object body whose listed fields, when present, must be booleans (rerun bodies). */
export function optionalFlags(
  body: unknown,
  resource: string,
  flags: readonly string[],
): JsonObject {
  if (body === undefined || body === null) return {};
  if (!isObject(body))
    throw validationFailed({
      resource,
      field: '',
      code: 'invalid',
      message: 'Body must be a JSON object',
    });
  for (const flag of flags) {
    if (flag in body && typeof body[flag] !== 'boolean')
      throw validationFailed({
        resource,
        field: flag,
        code: 'invalid',
        message: `${flag} must be a boolean`,
      });
  }
  return body;
}

export function requireObject(body: unknown, resource: string): JsonObject {
  if (!isObject(body))
    throw validationFailed({
      resource,
      field: '',
      code: 'missing',
      message: 'Body must be a JSON object',
    });
  return body;
}

export function requireString(body: JsonObject, resource: string, field: string): string {
  const v = body[field];
  if (v === undefined) throw validationFailed({ resource, field, code: 'missing_field' });
  if (typeof v !== 'string')
    throw validationFailed({
      resource,
      field,
      code: 'invalid',
      message: `${field} must be a string`,
    });
  return v;
}

export function requireEnum<T extends string>(
  body: JsonObject,
  resource: string,
  field: string,
  values: readonly T[],
): T {
  const v = requireString(body, resource, field);
  if (!(values as readonly string[]).includes(v)) {
    throw validationFailed({
      resource,
      field,
      code: 'invalid',
      message: `${field} must be one of: ${values.join(', ')}`,
    });
  }
  return v as T;
}
