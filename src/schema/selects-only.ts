/**
 * Whether a field's selection asks for nothing beyond the given subfields, so a resolver
 * can answer from what it already knows instead of loading the object. Inline fragments
 * are looked into; a named fragment spread counts as asking for more (it is rare here, and
 * loading is always correct, only dearer).
 */
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

export function selectsOnly(info: GraphQLResolveInfo, allowed: ReadonlySet<string>): boolean {
  const within = (set: SelectionSetNode | undefined): boolean =>
    !set ||
    set.selections.every((selection) => {
      if (selection.kind === Kind.FIELD)
        return selection.name.value === '__typename' || allowed.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet);
      return false;
    });
  return info.fieldNodes.every((node) => within(node.selectionSet));
}
