/**
 * Pledges: a gold pledge matches an extracted one with the same pledger (through names), amount
 * (within 1%) and unit; kind, status, period, recipient and requester are reported as accuracies
 * of the matched pairs, not as conditions of the match.
 */
import type { Actor, Pledge } from '../claims.ts';
import type { Accuracies, CategoryScore } from './category-score.ts';
import { makeCategoryScore } from './category-score.ts';
import type { GoldPledge } from './gold.ts';
import { AccuracyTally } from './metrics.ts';
import type { NameSet } from './names.ts';
import { labelActor, makeClaimsResolver, sharesName } from './names.ts';
import { amountsAgree, unitsAgree } from './units.ts';

export type PledgeAttribute = 'kind' | 'status' | 'period' | 'to' | 'requestedBy';

export interface PledgeScore extends CategoryScore {
  accuracy: Accuracies<PledgeAttribute>;
}

type Resolve = (id: string | null) => NameSet;
type ResolveGold = (name: string) => NameSet;

function byAgrees(gold: GoldPledge, pledge: Pledge, resolve: Resolve, resolveGold: ResolveGold): boolean {
  const by = resolve(pledge.by);
  if (sharesName(resolveGold(gold.by), by)) return true;
  return gold.mutual === true && gold.to !== null && sharesName(resolveGold(gold.to), by);
}

function isMatch(gold: GoldPledge, pledge: Pledge, resolve: Resolve, resolveGold: ResolveGold): boolean {
  return byAgrees(gold, pledge, resolve, resolveGold) && amountsAgree(gold.amount, pledge.amount) && unitsAgree(gold.unit, pledge.unit);
}

function periodAgrees(gold: GoldPledge, pledge: Pledge): boolean | undefined {
  if (gold.period === undefined || gold.period === null) return undefined;
  if (pledge.period === null) return false;
  const { start, end } = gold.period;
  return (start === null || start === pledge.period.start) && (end === null || end === pledge.period.end);
}

function toAgrees(gold: GoldPledge, pledge: Pledge, resolve: Resolve, resolveGold: ResolveGold): boolean | undefined {
  if (gold.to === null) return undefined;
  const to = resolve(pledge.to);
  if (sharesName(resolveGold(gold.to), to)) return true;
  return gold.mutual === true && sharesName(resolveGold(gold.by), to);
}

function requestedByAgrees(gold: GoldPledge, pledge: Pledge, resolve: Resolve, resolveGold: ResolveGold): boolean | undefined {
  if (gold.requestedBy === undefined || gold.requestedBy === null) return undefined;
  return sharesName(resolveGold(gold.requestedBy), resolve(pledge.requestedBy));
}

function labelGold(gold: GoldPledge): string {
  return `${gold.by} → ${gold.to ?? '∅'}: ${gold.amount ?? '?'} ${gold.unit ?? ''} (${gold.kind}, ${gold.status}) «${gold.quote}»`;
}

function labelPledge(pledge: Pledge, actors: readonly Actor[]): string {
  const text = pledge.amountText ?? `${pledge.amount ?? '?'} ${pledge.unit ?? ''}`;
  return `${labelActor(actors, pledge.by)} → ${labelActor(actors, pledge.to)}: ${text} (${pledge.kind}, ${pledge.status}) «${pledge.evidence[0]?.quote ?? ''}»`;
}

function countAgreements(gold: GoldPledge, pledge: Pledge, resolve: Resolve, resolveGold: ResolveGold): number {
  const checks = [gold.kind === pledge.kind, gold.status === pledge.status, periodAgrees(gold, pledge), toAgrees(gold, pledge, resolve, resolveGold)];
  return checks.filter((check) => check === true).length;
}

export function scorePledges(
  gold: readonly GoldPledge[],
  extracted: readonly Pledge[],
  actors: readonly Actor[],
  resolveGold: ResolveGold,
): PledgeScore {
  const resolve = makeClaimsResolver(actors);
  const taken = new Set<number>();
  const tallies: Record<PledgeAttribute, AccuracyTally> = {
    kind: new AccuracyTally(), status: new AccuracyTally(), period: new AccuracyTally(),
    to: new AccuracyTally(), requestedBy: new AccuracyTally(),
  };
  const misses: string[] = [];

  for (const goldPledge of gold) {
    const candidates = extracted
      .map((pledge, index) => ({ pledge, index }))
      .filter(({ pledge, index }) => !taken.has(index) && isMatch(goldPledge, pledge, resolve, resolveGold));
    // Among equally matching pledges, take the one that agrees most on the secondary attributes.
    candidates.sort((a, b) => countAgreements(goldPledge, b.pledge, resolve, resolveGold) - countAgreements(goldPledge, a.pledge, resolve, resolveGold));
    const chosen = candidates[0];
    if (chosen === undefined) {
      misses.push(labelGold(goldPledge));
      continue;
    }
    taken.add(chosen.index);
    const { pledge } = chosen;
    const name = `${goldPledge.by} ${goldPledge.amount ?? ''} ${goldPledge.unit ?? ''}`;
    tallies.kind.record(goldPledge.kind === pledge.kind, () => `${name}: kind ${goldPledge.kind}, got ${pledge.kind}`);
    tallies.status.record(goldPledge.status === pledge.status, () => `${name}: status ${goldPledge.status}, got ${pledge.status}`);
    tallies.period.record(periodAgrees(goldPledge, pledge), () => `${name}: period ${JSON.stringify(goldPledge.period)}, got ${JSON.stringify(pledge.period)}`);
    tallies.to.record(toAgrees(goldPledge, pledge, resolve, resolveGold), () => `${name}: to ${goldPledge.to}, got ${labelActor(actors, pledge.to)}`);
    tallies.requestedBy.record(requestedByAgrees(goldPledge, pledge, resolve, resolveGold), () => `${name}: requested by ${goldPledge.requestedBy}, got ${labelActor(actors, pledge.requestedBy)}`);
  }

  const falsePositives = extracted.filter((_, index) => !taken.has(index)).map((pledge) => labelPledge(pledge, actors));
  const counts = { tp: taken.size, fp: falsePositives.length, fn: misses.length };
  const disagreements = Object.values(tallies).flatMap((tally) => tally.disagreements);
  return {
    ...makeCategoryScore(counts, misses, falsePositives, disagreements),
    accuracy: {
      kind: tallies.kind.result(), status: tallies.status.result(), period: tallies.period.result(),
      to: tallies.to.result(), requestedBy: tallies.requestedBy.result(),
    },
  };
}
