/**
 * Validates bodies against the official reference description with ajv. OpenAPI 3.0's
 * `nullable: true` is not JSON Schema, so schemas are converted first: a typed schema gets
 * `null` added to its type (and enum); anything else is wrapped in `anyOf [..., null]`.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describing, FEATURE_ROUTES, servedActionsRoutes } from '../helpers/openapi.js';

type Json = any;

export function convertNullable(node: Json): Json {
  if (Array.isArray(node)) return node.map(convertNullable);
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node))
    if (k !== 'nullable' && k !== 'example' && k !== 'examples') out[k] = convertNullable(v);
  if (node.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

const componentsOf = new Map<Json, Json>();
const ajv = new Ajv({ strict: false, allErrors: true });
// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as AddFormats;
addFormats(ajv);
const cache = new Map<string, ValidateFunction>();

/** The schema of a documented response, or basic-error for error statuses GitHub is known to send. */
export function responseSchema(method: string, template: string, status: number): Json | undefined {
  const spec = describing(method, template, status);
  const op = spec?.paths[template]?.[method.toLowerCase()];
  if (!op) throw new Error(`${method} ${template} is not in GitHub's descriptions`);
  let response = op.responses[String(status)];
  if (response?.$ref) response = spec.components.responses[response.$ref.split('/').pop()];
  if (response) return response.content?.['application/json']?.schema ?? null;
  return undefined;
}

export const KNOWN_GITHUB_STATUSES = new Set([304, 400, 401, 403, 404, 409, 422]);

/** Returns ajv's error list ([] when valid). Throws if the status is neither documented nor known. */
export function validateResponse(
  method: string,
  template: string,
  status: number,
  body: unknown,
): string[] {
  let schema = responseSchema(method, template, status);
  if (schema === undefined) {
    if (!KNOWN_GITHUB_STATUSES.has(status))
      throw new Error(
        `${method} ${template} answered ${status}, which neither the reference nor GitHub's known statuses list`,
      );
    if (status === 304) return body === undefined ? [] : ['304 must have no body'];
    schema = { $ref: '#/components/schemas/basic-error' };
  }
  if (schema === null) return body === undefined ? [] : [`${status} must have no body`];
  const key = `${method} ${template} ${status}`;
  let validate = cache.get(key);
  if (!validate) {
    const spec = describing(method, template, status);
    if (!componentsOf.has(spec)) componentsOf.set(spec, convertNullable(spec.components));
    validate = ajv.compile({
      allOf: [convertNullable(schema)],
      components: componentsOf.get(spec),
    });
    cache.set(key, validate);
  }
  return validate(body)
    ? []
    : (validate.errors ?? []).map(
        (e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`,
      );
}

/** The operations the conformance test must cover: every Actions route the gateway calls, each documented by GitHub. */
export function referenceOperations(): string[] {
  return servedActionsRoutes().filter((route) => !FEATURE_ROUTES.has(route));
}
