/**
 * Relations: a gold relation matches an extracted one of the same type whose endpoints share a name
 * with the gold endpoints (either direction for MEETS / PARTNERS_WITH; FOCUSES_ON points at a
 * sector id). Date and role agreement are reported as accuracies of the matched pairs.
 */
import type { Actor, Relation, RelationType } from '../claims.ts';
import { RELATION_TYPES, SYMMETRIC_RELATIONS } from '../claims.ts';
import type { Accuracies, CategoryScore } from './category-score.ts';
import { makeCategoryScore } from './category-score.ts';
import { foldName } from './fold-name.ts';
import type { GoldRelation } from './gold.ts';
import type { Counts } from './metrics.ts';
import { AccuracyTally, emptyCounts } from './metrics.ts';
import type { NameSet } from './names.ts';
import { labelActor, makeClaimsResolver, sharesName } from './names.ts';

export interface RelationScore extends CategoryScore {
  accuracy: Accuracies<'date' | 'role'>;
  byType: Record<RelationType, Counts>;
}

type Resolve = (id: string | null) => NameSet;
type ResolveGold = (name: string) => NameSet;

function endpointsAgree(gold: GoldRelation, relation: Relation, resolve: Resolve, resolveGold: ResolveGold): boolean {
  if (gold.type !== relation.type) return false;
  const from = resolve(relation.from);
  if (gold.type === 'FOCUSES_ON') return sharesName(resolveGold(gold.from), from) && gold.to === relation.to;
  const to = resolve(relation.to);
  if (sharesName(resolveGold(gold.from), from) && sharesName(resolveGold(gold.to), to)) return true;
  return SYMMETRIC_RELATIONS.has(gold.type) && sharesName(resolveGold(gold.from), to) && sharesName(resolveGold(gold.to), from);
}

/** Partial dates agree when the shorter is a prefix of the longer ("2024-06" vs "2024-06-25"). */
export function datesAgree(gold: string | null | undefined, extracted: string | null): boolean | undefined {
  if (gold === undefined || gold === null) return undefined;
  if (extracted === null) return false;
  const length = Math.min(gold.length, extracted.length);
  return gold.slice(0, length) === extracted.slice(0, length);
}

/** Titles agree when one contains the other once folded ("Giám đốc" in "Giám đốc C4IR"). */
export function rolesAgree(gold: string | null | undefined, extracted: string | null): boolean | undefined {
  if (gold === undefined || gold === null) return undefined;
  if (extracted === null) return false;
  const a = foldName(gold);
  const b = foldName(extracted);
  return a.includes(b) || b.includes(a);
}

function labelGold(gold: GoldRelation): string {
  const arrow = SYMMETRIC_RELATIONS.has(gold.type) ? '↔' : '→';
  return `${gold.type} ${gold.from} ${arrow} ${gold.to}${gold.role ? ` [${gold.role}]` : ''} «${gold.quote}»`;
}

function labelRelation(relation: Relation, actors: readonly Actor[]): string {
  const arrow = SYMMETRIC_RELATIONS.has(relation.type) ? '↔' : '→';
  const to = relation.type === 'FOCUSES_ON' ? relation.to : labelActor(actors, relation.to);
  const role = relation.role ? ` [${relation.role}]` : '';
  return `${relation.type} ${labelActor(actors, relation.from)} ${arrow} ${to}${role} «${relation.evidence[0]?.quote ?? ''}»`;
}

function emptyByType(): Record<RelationType, Counts> {
  return Object.fromEntries(RELATION_TYPES.map((type) => [type, emptyCounts()])) as Record<RelationType, Counts>;
}

export function scoreRelations(
  gold: readonly GoldRelation[],
  extracted: readonly Relation[],
  actors: readonly Actor[],
  resolveGold: ResolveGold,
): RelationScore {
  const resolve = makeClaimsResolver(actors);
  const taken = new Set<number>();
  const date = new AccuracyTally();
  const role = new AccuracyTally();
  const byType = emptyByType();
  const misses: string[] = [];

  for (const goldRelation of gold) {
    const candidates = extracted
      .map((relation, index) => ({ relation, index }))
      .filter(({ relation, index }) => !taken.has(index) && endpointsAgree(goldRelation, relation, resolve, resolveGold));
    const chosen =
      candidates.find(({ relation }) => datesAgree(goldRelation.date, relation.date) !== false && rolesAgree(goldRelation.role, relation.role) !== false) ??
      candidates[0];
    if (chosen === undefined) {
      misses.push(labelGold(goldRelation));
      byType[goldRelation.type].fn += 1;
      continue;
    }
    taken.add(chosen.index);
    byType[goldRelation.type].tp += 1;
    const { relation } = chosen;
    const name = `${goldRelation.type} ${goldRelation.from} → ${goldRelation.to}`;
    date.record(datesAgree(goldRelation.date, relation.date), () => `${name}: date ${goldRelation.date}, got ${relation.date}`);
    role.record(rolesAgree(goldRelation.role, relation.role), () => `${name}: role ${goldRelation.role}, got ${relation.role}`);
  }

  const falsePositives: string[] = [];
  extracted.forEach((relation, index) => {
    if (taken.has(index)) return;
    byType[relation.type].fp += 1;
    falsePositives.push(labelRelation(relation, actors));
  });
  const counts = { tp: taken.size, fp: falsePositives.length, fn: misses.length };
  return {
    ...makeCategoryScore(counts, misses, falsePositives, [...date.disagreements, ...role.disagreements]),
    accuracy: { date: date.result(), role: role.result() },
    byType,
  };
}
