import { z } from 'zod';
import { optStr, readRows, type ReadRunner } from './rows.ts';

export const SectorRow = z.object({ id: z.string(), name: z.string(), nameVi: optStr, parent: optStr });
export type SectorRow = z.infer<typeof SectorRow>;

export async function findSectorsByIds(tx: ReadRunner, params: { ids: readonly string[] }): Promise<SectorRow[]> {
  return readRows(tx, 'read/sectors-by-ids', { ids: [...params.ids] }, SectorRow);
}

export async function listSectors(tx: ReadRunner): Promise<SectorRow[]> {
  return readRows(tx, 'read/sectors-all', {}, SectorRow);
}
