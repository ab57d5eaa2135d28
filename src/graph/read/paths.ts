import { z } from 'zod';
import { ActorRow } from './actors.ts';
import { RelationRow } from './relations.ts';
import { cypherInt, readRows, type ReadRunner } from './rows.ts';

/** A path as node ids and, between each two, the key of the relation followed. */
const PathKeys = z.object({ nodes: z.array(z.string()), relations: z.array(z.string()) });

const Row = z.object({
  from: ActorRow.nullable(),
  to: ActorRow.nullable(),
  paths: z.array(PathKeys),
  relations: z.array(RelationRow),
  actors: z.array(ActorRow),
});

export interface PathRow {
  nodes: string[];
  relations: RelationRow[];
}

export interface PathParams {
  from: string;
  to: string;
  maxHops: number;
  limit: number;
  /** Also return the actors along the paths (the ends always come back, as `from` and `to`). */
  withActors: boolean;
  /** Fill each relation's `dates` (else empty): on hub relations they are most of the answer. */
  withDates: boolean;
  /** Also walk relations a person rejected. */
  includeRejected?: boolean;
}

/**
 * The shortest chains of relations between two actors, ignoring direction, at most `maxHops` long,
 * with both ends as found (null when there is no such actor; no paths then, nor when they are one)
 * and, when asked, the actors between them.
 */
export async function findShortestPaths(tx: ReadRunner, p: PathParams): Promise<{ from: ActorRow | null; to: ActorRow | null; paths: PathRow[]; actors: ActorRow[] }> {
  const [row] = await readRows(tx, 'read/paths', { ...p, maxHops: cypherInt(p.maxHops), limit: cypherInt(p.limit), includeRejected: p.includeRejected ?? false }, Row);
  const relations = new Map(row!.relations.map((r) => [r.key, r]));
  return {
    from: row!.from,
    to: row!.to,
    paths: row!.paths.map((path) => ({ nodes: path.nodes, relations: path.relations.map((key) => relations.get(key)!) })),
    actors: row!.actors,
  };
}
