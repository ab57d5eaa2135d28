import { z } from 'zod';
import { RelationRow } from './relations.ts';
import { cypherInt, readRows, type ReadRunner } from './rows.ts';

export const PathRow = z.object({ nodes: z.array(z.string()), relations: z.array(RelationRow) });
export type PathRow = z.infer<typeof PathRow>;

/** The shortest chains of relations between two actors, ignoring direction, at most `maxHops` long. */
export async function findShortestPaths(tx: ReadRunner, p: { from: string; to: string; maxHops: number; limit: number }): Promise<PathRow[]> {
  return readRows(tx, 'read/paths', { from: p.from, to: p.to, maxHops: cypherInt(p.maxHops), limit: cypherInt(p.limit) }, PathRow);
}
