/** The seed graph for the export and explorer tests, loaded the way `npm start` loads it. */
import type { Driver } from 'neo4j-driver';
import { ensureSeedsLoaded } from '../../src/graph/load/ensure-seeds.ts';

export async function loadSeedGraph(driver: Driver): Promise<{ loaded: number }> {
  const result = await ensureSeedsLoaded(driver);
  const failures = [...result.planFailures.map((f) => f.error), ...result.failures.map((f) => f.error)];
  if (failures.length) throw new Error(`seed load failed: ${failures.join('; ')}`);
  return { loaded: result.loaded };
}
