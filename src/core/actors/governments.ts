/** A country's government in the gazetteer ("Chính phủ Đức" for Germany): shared by both languages' actor rules. */
import type { CompiledGazetteer } from './gazetteer-matcher.ts';
import type { ActorCandidate } from './types.ts';

/** Gazetteer id of a country → its government, read once per gazetteer. */
const governments = new WeakMap<CompiledGazetteer, Map<string, ActorCandidate>>();

export function governmentsOf(gaz: CompiledGazetteer): Map<string, ActorCandidate> {
  let map = governments.get(gaz);
  if (!map) {
    map = new Map();
    for (const a of gaz.byId.values()) {
      if (a.kind === 'government' && a.country && !map.has(a.country) && a.aliases.some((n) => /^(?:Government of|Chính phủ)\b|\bGovernment$/u.test(n))) map.set(a.country, a);
    }
    governments.set(gaz, map);
  }
  return map;
}
