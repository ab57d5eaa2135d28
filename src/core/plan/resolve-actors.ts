/**
 * Entity resolution for the load: which graph node a claims actor becomes. Gazetteer ids stay;
 * other actors are looked up by the name keys of their name and aliases (unique hits only), else
 * get a slug of their folded name, so spelling variants of one actor meet in one node. Recorded
 * merge decisions are replayed last: 'same' maps `b` to `a` (a person chose which to keep), 'different'
 * vetoes a merge.
 */
import type { Actor, ActorKind } from '../claims.ts';
import type { GazetteerEntry, Reference } from '../reference.ts';
import { nameKey, slugify } from '../text/fold.ts';

export interface ActorResolver {
  /** The node id for an actor as the extractor gave it. */
  resolve(actor: Pick<Actor, 'id' | 'name' | 'kind' | 'aliases'>): string;
  /** An id after 'same' merge decisions (identity when none applies). */
  canonical(id: string): string;
  gazetteer(id: string): GazetteerEntry | undefined;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** People only ever merge with people: "My" the person is not "Mỹ" the country. */
const compatible = (a: ActorKind, b: ActorKind) => (a === 'person') === (b === 'person');

function buildKeyIndex(gazetteer: GazetteerEntry[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const entry of gazetteer) {
    for (const form of [entry.name, ...entry.aliases, entry.id]) {
      const key = nameKey(form);
      if (!key) continue;
      let ids = index.get(key);
      if (!ids) index.set(key, (ids = new Set()));
      ids.add(entry.id);
    }
  }
  return index;
}

function buildMerges(reference: Reference) {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    for (let next = parent.get(root); next !== undefined; next = parent.get(root)) root = next;
    return root;
  };
  const different = new Set<string>();
  for (const d of reference.merges) {
    if (d.decision === 'different') {
      different.add(pairKey(d.a, d.b));
      continue;
    }
    const ra = find(d.a);
    const rb = find(d.b);
    if (ra === rb) continue;
    // `a` is the actor a person chose to keep (its name and kind describe the merged node).
    parent.set(rb, ra);
  }
  return { canonical: find, isDifferent: (a: string, b: string) => different.has(pairKey(a, b)) };
}

function createResolver(reference: Reference): ActorResolver {
  const byId = new Map(reference.gazetteer.map((e) => [e.id, e]));
  const keyIndex = buildKeyIndex(reference.gazetteer);
  const { canonical, isDifferent } = buildMerges(reference);

  const lookup = (actor: Pick<Actor, 'name' | 'kind' | 'aliases'>): string | null => {
    for (const form of [actor.name, ...actor.aliases]) {
      const ids = keyIndex.get(nameKey(form));
      if (ids?.size !== 1) continue;
      const id = ids.values().next().value!;
      if (compatible(actor.kind, byId.get(id)!.kind)) return id;
    }
    return null;
  };

  return {
    canonical,
    gazetteer: (id) => byId.get(id),
    resolve(actor) {
      let id = actor.id;
      if (!byId.has(id)) {
        const found = lookup(actor) ?? (slugify(actor.name) || null);
        if (found && found !== id && !isDifferent(actor.id, found)) id = found;
      }
      const merged = canonical(id);
      return isDifferent(actor.id, merged) ? actor.id : merged;
    },
  };
}

const cache = new WeakMap<Reference, ActorResolver>();

/** The resolver for a reference, built once (the alias index costs a few ms; articles are many). */
export function actorResolver(reference: Reference): ActorResolver {
  let resolver = cache.get(reference);
  if (!resolver) cache.set(reference, (resolver = createResolver(reference)));
  return resolver;
}
