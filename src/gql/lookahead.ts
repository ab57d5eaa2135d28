import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved asks for the sub-field at `path` (e.g. edges → relations →
 * evidence), looking through fragments and aliases, so a resolver can fetch it in the same query.
 * `@skip`/`@include` are not evaluated: the answer may be yes for a field that ends up skipped, which
 * only ever fetches a little more, never less.
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const [i, name] of path.entries()) {
    const next: SelectionSetNode[] = [];
    let found = false;
    const visit = (set: SelectionSetNode, seen: Set<string>) => {
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          if (s.name.value !== name) continue;
          found = true;
          if (s.selectionSet) next.push(s.selectionSet);
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          visit(s.selectionSet, seen);
        } else if (!seen.has(s.name.value)) {
          const fragment = info.fragments[s.name.value];
          if (fragment) visit(fragment.selectionSet, new Set([...seen, s.name.value]));
        }
      }
    };
    for (const set of level) visit(set, new Set());
    if (!found) return false;
    if (i === path.length - 1) return true;
    level = next;
  }
  return path.length === 0;
}
