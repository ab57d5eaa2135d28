/** The sector vocabulary (reference data): upserted once per load command or start-up. */
import { planSectors } from '../../core/plan/sector-rows.ts';
import type { Reference } from '../../core/reference.ts';
import { LOAD, type Runner } from './statements.ts';

export async function loadSectors(tx: Runner, reference: Pick<Reference, 'sectors'>): Promise<{ sectors: number; created: number }> {
  const { sectors } = planSectors(reference);
  const result = await tx.run(LOAD['load/sector-vocabulary'], { rows: sectors });
  await tx.run(LOAD['load/sector-links'], {});
  return { sectors: sectors.length, created: result.summary.counters.updates().nodesCreated ?? 0 };
}
