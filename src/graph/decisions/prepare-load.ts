/**
 * What a load does before planning: import the seeds' decisions file (new decisions only) and read the
 * merge and split decisions in force, which the plans replay and the load's transactions check.
 */
import type { Driver } from 'neo4j-driver';
import type { Reference } from '../../core/reference.ts';
import { readDecisionsFile, seedDecisionsFile } from '../../io/read-reference.ts';
import type { Extract } from '../load/plan-files.ts';
import { importDecisions, type ImportResult } from './import.ts';
import { readIdentityDecisions, type IdentityDecisions } from './rows.ts';

export interface PreparedLoad {
  /** The reference with the graph's merges and splits: plan with this. */
  reference: Reference;
  identity: IdentityDecisions;
  imported: ImportResult | null;
}

export async function prepareLoad(driver: Driver, reference: Reference, opts: { database?: string; decisionsFile?: string | null; extract?: Extract } = {}): Promise<PreparedLoad> {
  const session = driver.session({ database: opts.database, defaultAccessMode: 'WRITE' });
  try {
    const file = opts.decisionsFile === undefined ? seedDecisionsFile : opts.decisionsFile;
    const entries = file ? await readDecisionsFile(file) : [];
    const imported = entries.length
      ? await session.executeWrite((tx) => importDecisions(tx, entries, { reference, extract: opts.extract }))
      : null;
    const identity = await session.executeRead((tx) => readIdentityDecisions(tx));
    return { reference: { ...reference, merges: identity.merges }, identity, imported };
  } finally {
    await session.close();
  }
}
