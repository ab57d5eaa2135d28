/** Actors: one-to-one matching by shared folded name; kind agreement is reported apart. */
import type { Actor } from '../claims.ts';
import type { Accuracies, CategoryScore } from './category-score.ts';
import { makeCategoryScore } from './category-score.ts';
import { AccuracyTally } from './metrics.ts';
import { foldName } from './fold-name.ts';
import type { GoldActor } from './gold.ts';
import { actorNameSet, goldNameSet, sharesName } from './names.ts';

export interface ActorScore extends CategoryScore {
  accuracy: Accuracies<'kind'>;
}

export function scoreActors(gold: readonly GoldActor[], extracted: readonly Actor[]): ActorScore {
  const extractedNames = extracted.map(actorNameSet);
  const taken = new Set<number>();
  const kind = new AccuracyTally();
  const misses: string[] = [];

  for (const goldActor of gold) {
    const names = goldNameSet(goldActor);
    const candidates = extracted
      .map((_, index) => index)
      .filter((index) => !taken.has(index) && sharesName(names, extractedNames[index] ?? new Set()));
    // Prefer the actor whose canonical name is one of the gold names, so aliases shared by two
    // extracted actors do not steal the better match.
    const chosen = candidates.find((index) => names.has(foldName(extracted[index]?.name ?? ''))) ?? candidates[0];
    if (chosen === undefined) {
      misses.push(`${goldActor.name} (${goldActor.kind})`);
      continue;
    }
    taken.add(chosen);
    const actor = extracted[chosen];
    kind.record(actor?.kind === goldActor.kind, () => `${goldActor.name}: kind ${goldActor.kind}, got ${actor?.kind}`);
  }

  const falsePositives = extracted
    .filter((_, index) => !taken.has(index))
    .map((actor) => `${actor.name} (${actor.kind})`);
  const counts = { tp: taken.size, fp: falsePositives.length, fn: misses.length };
  return {
    ...makeCategoryScore(counts, misses, falsePositives, kind.disagreements),
    accuracy: { kind: kind.result() },
  };
}
