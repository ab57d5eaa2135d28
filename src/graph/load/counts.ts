/** What a load changed, per category: from the result summaries' counters. */
export interface CategoryCounts {
  created: number;
  /** Rows that met an existing node or relationship (MERGE matched). */
  updated: number;
  removed: number;
}

export interface LoadCounts {
  actors: CategoryCounts;
  pledges: CategoryCounts;
  relations: CategoryCounts;
  evidence: CategoryCounts;
}

export const CATEGORIES = ['actors', 'pledges', 'relations', 'evidence'] as const;

export function emptyCounts(): LoadCounts {
  return {
    actors: { created: 0, updated: 0, removed: 0 },
    pledges: { created: 0, updated: 0, removed: 0 },
    relations: { created: 0, updated: 0, removed: 0 },
    evidence: { created: 0, updated: 0, removed: 0 },
  };
}

/** Adds `b` into `a` (mutates and returns `a`). */
export function addCounts(a: LoadCounts, b: LoadCounts): LoadCounts {
  for (const c of CATEGORIES) {
    a[c].created += b[c].created;
    a[c].updated += b[c].updated;
    a[c].removed += b[c].removed;
  }
  return a;
}
