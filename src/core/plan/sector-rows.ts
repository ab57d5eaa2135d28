/** Sector rows from the reference vocabulary, and the SUBSECTOR_OF links between them. */
import type { Reference, SectorEntry } from '../reference.ts';
import { searchText } from './search-text.ts';
import type { SectorRow } from './types.ts';

export function sectorRow(entry: Pick<SectorEntry, 'id' | 'name' | 'parent'> & { nameVi: string | null }): SectorRow {
  return {
    id: entry.id,
    name: entry.name,
    nameVi: entry.nameVi,
    parent: entry.parent,
    searchText: searchText([entry.name, entry.nameVi]),
  };
}

export interface SectorVocabularyPlan {
  sectors: SectorRow[];
  links: { child: string; parent: string }[];
}

/** The whole vocabulary, sorted by id; links only to parents that are in it. */
export function planSectors(reference: Pick<Reference, 'sectors'>): SectorVocabularyPlan {
  const sectors = reference.sectors.map(sectorRow).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = new Set(sectors.map((s) => s.id));
  const links = sectors
    .filter((s) => s.parent !== null && ids.has(s.parent))
    .map((s) => ({ child: s.id, parent: s.parent! }));
  return { sectors, links };
}
