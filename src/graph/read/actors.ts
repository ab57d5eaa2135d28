import { z } from 'zod';
import { nameKey } from '../../core/text/fold.ts';
import { cypherInt, optStr, readRows, strList, type ReadRunner } from './rows.ts';

export const ActorRow = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  aliases: strList,
  country: optStr,
});
export type ActorRow = z.infer<typeof ActorRow>;

export async function findActorsByIds(tx: ReadRunner, params: { ids: readonly string[] }): Promise<ActorRow[]> {
  return readRows(tx, 'read/actors-by-ids', { ids: [...params.ids] }, ActorRow);
}

export interface ActorListParams {
  kinds: string[] | null;
  country: string | null;
  /** A full-text query (see buildFulltextQuery), or null for every actor. */
  query: string | null;
  after: { name: string; id: string } | null;
  limit: number;
}

/** Actors ordered by name then id; `after` is the keyset of the last row already seen. */
export async function listActors(tx: ReadRunner, p: ActorListParams): Promise<ActorRow[]> {
  const params = {
    kinds: p.kinds, country: p.country, query: p.query,
    afterName: p.after?.name ?? null, afterId: p.after?.id ?? null, limit: cypherInt(p.limit),
  };
  return readRows(tx, p.query ? 'read/actors-list-text' : 'read/actors-list', params, ActorRow);
}

/** The actor whose name or an alias has the same name key as `name`, or null. */
export async function findActorByName(tx: ReadRunner, p: { name: string; query: string }): Promise<ActorRow | null> {
  const wanted = nameKey(p.name);
  const rows = await readRows(tx, 'read/actor-candidates-by-name', { query: p.query }, ActorRow);
  return rows.find((a) => [a.name, ...a.aliases].some((n) => nameKey(n) === wanted)) ?? null;
}

const ActorSectorsRow = z.object({ key: z.string(), sectorIds: strList });

export async function findActorSectors(tx: ReadRunner, params: { ids: readonly string[] }) {
  return readRows(tx, 'read/actor-sectors', { ids: [...params.ids] }, ActorSectorsRow);
}
