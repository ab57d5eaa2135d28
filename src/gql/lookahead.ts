import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Look-ahead: what the field being resolved asks for below it (e.g. edges → relations → evidence),
 * through fragments and aliases, so its resolver can fetch that in the same query.
 * `@skip`/`@include` are not evaluated: the answer may be yes for a field that ends up skipped, which
 * only ever fetches a little more, never less.
 */
type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The field nodes the field being resolved asks for at `path`, through fragments and aliases. */
export function selectedFields(info: Info, path: readonly string[]): FieldNode[] {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  let found: FieldNode[] = [];
  for (const name of path) {
    found = [];
    const visit = (set: SelectionSetNode, seen: Set<string>) => {
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          if (s.name.value === name) found.push(s);
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          visit(s.selectionSet, seen);
        } else if (!seen.has(s.name.value)) {
          const fragment = info.fragments[s.name.value];
          if (fragment) visit(fragment.selectionSet, new Set([...seen, s.name.value]));
        }
      }
    };
    for (const set of level) visit(set, new Set());
    if (!found.length) return [];
    level = found.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  }
  return found;
}

/** Whether the field being resolved asks for the sub-field at `path` (e.g. edges → relations → evidence). */
export function selects(info: Info, path: readonly string[]): boolean {
  return path.length === 0 || selectedFields(info, path).length > 0;
}

/**
 * The integer argument `arg` of each field at `path`, as written or through a variable; `undefined`
 * where it is left out (the field's default applies). Not validated: the field's resolver does that.
 */
export function selectedIntArguments(info: Info & Pick<GraphQLResolveInfo, 'variableValues'>, path: readonly string[], arg: string): Array<number | undefined> {
  return selectedFields(info, path).map((f) => {
    const value = f.arguments?.find((a) => a.name.value === arg)?.value;
    if (value?.kind === Kind.INT) return Number(value.value);
    if (value?.kind === Kind.VARIABLE) {
      const v = info.variableValues[value.name.value];
      return typeof v === 'number' ? v : undefined;
    }
    return undefined;
  });
}
