/**
 * Name sets: every actor, gold or extracted, is compared as the set of its folded names, so a match
 * on any name or alias counts.
 */
import type { Actor } from '../claims.ts';
import { foldName } from './fold-name.ts';
import type { GoldActor } from './gold.ts';

export type NameSet = ReadonlySet<string>;

export function goldNameSet(actor: GoldActor): NameSet {
  return new Set([actor.name, ...(actor.aliases ?? [])].map(foldName).filter((key) => key !== ''));
}

export function actorNameSet(actor: Actor): NameSet {
  return new Set([actor.name, ...actor.aliases].map(foldName).filter((key) => key !== ''));
}

export function sharesName(a: NameSet, b: NameSet): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}

/**
 * Resolves a name used in a gold pledge or relation to the full name set of the gold actor it
 * denotes; a name no gold actor carries stands for itself.
 */
export function makeGoldResolver(actors: readonly GoldActor[]): (name: string) => NameSet {
  const byKey = new Map<string, NameSet>();
  for (const actor of actors) {
    const names = goldNameSet(actor);
    for (const key of names) if (!byKey.has(key)) byKey.set(key, names);
  }
  return (name) => byKey.get(foldName(name)) ?? new Set([foldName(name)]);
}

/** Resolves an extracted actor id to its name set (empty when the id names no actor). */
export function makeClaimsResolver(actors: readonly Actor[]): (id: string | null) => NameSet {
  const byId = new Map(actors.map((actor) => [actor.id, actorNameSet(actor)]));
  return (id) => (id === null ? new Set() : (byId.get(id) ?? new Set()));
}

export function labelActor(actors: readonly Actor[], id: string | null): string {
  if (id === null) return '∅';
  return actors.find((actor) => actor.id === id)?.name ?? id;
}
