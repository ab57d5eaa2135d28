/** `npm run decisions -- import FILE` and the seeds' decisions: a decisions file into the graph, one transaction. */
import { entryToRequest, type DecisionEntry } from '../../core/decisions/decisions-file.ts';
import type { Runner } from '../load/statements.ts';
import { decisionExists, makeDecision } from './decide.ts';
import { articlesMentioning, replanArticles, type ReplanDeps } from './replan.ts';

export interface ImportResult {
  imported: number;
  /** Already in the graph (same id): left as they are. */
  skipped: number;
  /** Articles planned again for the merges and splits imported. */
  replanned: number;
}

/**
 * Records the file's decisions the graph does not hold yet (by id), in file order, and applies them.
 * A decision whose actor or fact is not in the graph is recorded all the same: it applies when a load
 * brings its target. Merges and splits re-plan the articles they touch once, at the end.
 */
export async function importDecisions(tx: Runner, entries: readonly DecisionEntry[], deps: ReplanDeps, now = new Date().toISOString()): Promise<ImportResult> {
  const replanLater = new Set<string>();
  let imported = 0;
  let skipped = 0;
  for (const entry of entries) {
    if (await decisionExists(tx, entry.id)) {
      skipped++;
      continue;
    }
    await makeDecision(tx, entryToRequest(entry), {
      editor: entry.editor, reason: entry.reason ?? null, deps, id: entry.id, at: entry.at ? new Date(entry.at).toISOString() : now, lenient: true, replanLater,
    });
    imported++;
  }
  const articles = replanLater.size ? await articlesMentioning(tx, [...replanLater]) : [];
  const { replanned } = await replanArticles(tx, articles, deps);
  return { imported, skipped, replanned };
}
