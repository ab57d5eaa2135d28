/** The row boundary: every record from Neo4j is checked with zod and its Integers become numbers. */
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { cypher } from '../cypher-files.ts';

/** Anything with `run`: a managed transaction, a session, or a wrapper that counts queries. */
export interface ReadRunner {
  run(query: string, parameters?: Record<string, unknown>): PromiseLike<{ records: Array<{ toObject(): Record<string, unknown> }> }>;
}

const toNumber = (v: unknown) => (neo4j.isInt(v) ? v.toNumber() : v);

/** A Neo4j Integer or float, as a JS number. */
export const num = z.preprocess(toNumber, z.number());
export const int = z.preprocess(toNumber, z.number().int());
export const optNum = z.preprocess((v) => (v === undefined ? null : toNumber(v)), z.number().nullable());
export const optInt = z.preprocess((v) => (v === undefined ? null : toNumber(v)), z.number().int().nullable());
export const optStr = z.preprocess((v) => (v === undefined ? null : v), z.string().nullable());
export const strList = z.preprocess((v) => (v == null ? [] : v), z.array(z.string()));

/** Runs cypher/<name>.cypher and validates every row. */
export async function readRows<S extends z.ZodType>(tx: ReadRunner, name: string, params: Record<string, unknown>, row: S): Promise<Array<z.infer<S>>> {
  const result = await tx.run(cypher(name), params);
  return result.records.map((r) => row.parse(r.toObject()));
}

/** Integer parameters must reach Cypher as Integers (LIMIT, SKIP, ranges), not floats. */
export const cypherInt = (n: number) => neo4j.int(Math.trunc(n));
