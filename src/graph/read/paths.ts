import { z } from 'zod';
import { ActorRow } from './actors.ts';
import { RelationRow } from './relations.ts';
import { cypherInt, readRows, type ReadRunner } from './rows.ts';

export const PathRow = z.object({ nodes: z.array(z.string()), actors: z.array(ActorRow), relations: z.array(RelationRow) });
export type PathRow = z.infer<typeof PathRow>;

const Row = z.object({ from: ActorRow.nullable(), to: ActorRow.nullable(), paths: z.array(PathRow) });

/**
 * The shortest chains of relations between two actors, ignoring direction, at most `maxHops` long,
 * with both ends as found (null when there is no such actor; no paths then, nor when they are one).
 */
export async function findShortestPaths(tx: ReadRunner, p: { from: string; to: string; maxHops: number; limit: number }) {
  const [row] = await readRows(tx, 'read/paths', { from: p.from, to: p.to, maxHops: cypherInt(p.maxHops), limit: cypherInt(p.limit) }, Row);
  return row!;
}
