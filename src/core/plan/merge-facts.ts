/**
 * The facts of several articles' plans as one set of rows, for a load that writes a group of articles
 * in one statement: each actor, sector, pledge and relation once, merged the way loading the plans one
 * after another would leave it in the graph. One row per node means one index seek per node per group
 * (hubs such as Việt Nam appear in nearly every article) and no row meeting another's write mid-statement.
 */
import { RELATION_TYPES, type RelationType } from '../claims.ts';
import type { ActorRow, LoadPlan, PledgeRow, RelationRow, SectorRow } from './types.ts';

/** A pledge as several articles state it: requesters of all of them (each becomes a REQUESTED_BY link). */
export interface MergedPledgeRow extends Omit<PledgeRow, 'requestedBy'> {
  requestedBy: string[];
}

export interface FactRows {
  actors: ActorRow[];
  sectors: SectorRow[];
  pledges: MergedPledgeRow[];
  /** By type (every type present): cypher/load/write-relations has one MERGE per type. */
  relations: Record<RelationType, RelationRow[]>;
}

const byKey = <T>(key: (row: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** Appends `more` to `list`, skipping what it holds. */
function union<T>(list: T[], more: readonly T[]): T[] {
  const seen = new Set(list);
  for (const x of more) {
    if (seen.has(x)) continue;
    seen.add(x);
    list.push(x);
  }
  return list;
}

/** Same rule as cypher/load/write-actors: a form already in the text as whole words is not added again. */
function appendForms(into: { searchText: string; searchForms: string[] }, forms: readonly string[]): void {
  for (const form of forms) {
    if (!` ${into.searchText} `.includes(` ${form} `)) {
      into.searchText = into.searchText ? `${into.searchText} ${form}` : form;
      into.searchForms.push(form);
    }
  }
}

function mergeActor(into: ActorRow, row: ActorRow): void {
  // The first row creates the node; a gazetteer row overrides name, kind and country (see cypher/load/write-actors).
  if (row.gazetteer) Object.assign(into, { name: row.name, kind: row.kind, label: row.label, country: row.country, gazetteer: true });
  union(into.aliases, row.aliases);
  appendForms(into, row.searchForms);
}

/** The year a pledge ends up with: its period's start, else the earliest article year. */
function mergedYear(current: number | null, row: PledgeRow): number | null {
  if (row.periodStart !== null || current === null || (row.year !== null && row.year < current)) return row.year;
  return current;
}

export function mergeFacts(plans: readonly LoadPlan[]): FactRows {
  const actors = new Map<string, ActorRow>();
  const sectors = new Map<string, SectorRow>();
  const pledges = new Map<string, MergedPledgeRow>();
  const relations = new Map<string, RelationRow>();
  for (const plan of plans) {
    for (const row of plan.actors) {
      const seen = actors.get(row.id);
      if (seen) mergeActor(seen, row);
      else actors.set(row.id, { ...row, aliases: [...row.aliases], searchForms: [...row.searchForms] });
    }
    for (const row of plan.sectors) if (!sectors.has(row.id)) sectors.set(row.id, row);
    for (const row of plan.pledges) {
      const seen = pledges.get(row.id);
      // The last statement's properties win (the loader writes them when its rowHash differs).
      const requestedBy = union(seen?.requestedBy ?? [], row.requestedBy === null ? [] : [row.requestedBy]);
      const sectorIds = union(seen?.sectors ?? [], row.sectors).sort();
      pledges.set(row.id, { ...row, year: seen ? mergedYear(seen.year, row) : row.year, sectors: sectorIds, requestedBy });
    }
    for (const row of plan.relations) {
      const seen = relations.get(row.key);
      if (seen) seen.dates = union(seen.dates, row.dates).sort();
      else relations.set(row.key, { ...row, dates: [...row.dates] });
    }
  }
  const byType = Object.fromEntries(RELATION_TYPES.map((t) => [t, [] as RelationRow[]])) as Record<RelationType, RelationRow[]>;
  for (const row of [...relations.values()].sort(byKey((r) => r.key))) byType[row.type].push(row);
  return {
    actors: [...actors.values()].sort(byKey((r) => r.id)),
    sectors: [...sectors.values()].sort(byKey((r) => r.id)),
    pledges: [...pledges.values()].sort(byKey((r) => r.id)),
    relations: byType,
  };
}
