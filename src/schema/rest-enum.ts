/**
 * REST spells enum values in snake_case (`in_progress`), GraphQL in SCREAMING_CASE. An
 * unknown value (GitHub adds some now and then) becomes null rather than failing the field.
 */
import { builder } from './builder.js';

export function restEnum<const V extends readonly string[]>(
  name: string,
  description: string,
  values: V,
  valueDescriptions: Partial<Record<V[number], string>> = {},
) {
  const ref = builder.enumType(name, {
    description,
    values: Object.fromEntries(
      values.map((value) => [
        value.toUpperCase(),
        { value, description: valueDescriptions[value as V[number]] },
      ]),
    ) as unknown as Record<Uppercase<V[number]>, { value: V[number] }>,
  });
  const known = new Set<string>(values);
  const fromRest = (value: string | null | undefined): V[number] | null =>
    value !== null && value !== undefined && known.has(value) ? (value as V[number]) : null;
  return { ref, fromRest, values };
}
