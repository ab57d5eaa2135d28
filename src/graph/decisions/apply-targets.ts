/**
 * Rename, reject, confirm and correct decisions applied to their actor, relation or pledge: the active
 * ones folded (src/core/decisions/fold) and the result written on the node or relationship. Run by each
 * such decision and its undo (for its target), and by every load for the actors and relations it created
 * and the pledges it wrote, so a fact that comes back (or is rewritten) comes back as decided.
 */
import { z } from 'zod';
import { KIND_LABELS } from '../../core/plan/plan-actors.ts';
import { searchForms } from '../../core/plan/search-text.ts';
import type { ActorKind } from '../../core/claims.ts';
import { correctPledge, foldFactDecisions, foldRenames, type PledgeValues } from '../../core/decisions/fold.ts';
import { DECISION_KINDS, keyId } from '../../core/decisions/decision.ts';
import { int, optInt, optNum, optStr } from '../read/rows.ts';
import type { Runner } from '../load/statements.ts';
import { DECISIONS } from './statements.ts';

const json = z.preprocess((v) => (typeof v === 'string' ? JSON.parse(v) : v ?? null), z.record(z.string(), z.unknown()).nullable());
const Active = z.object({ key: z.string(), id: z.string(), seq: int, kind: z.enum(DECISION_KINDS), value: json });
type Active = z.infer<typeof Active>;

const PledgeState = z.object({
  id: z.string(), amount: optNum, unit: optStr, amountText: optStr, amountUsd: optNum, status: z.string(),
  periodStart: optInt, periodEnd: optInt, extracted: optStr, review: optStr, decision: optStr, by: z.string(), to: optStr, articleYear: optInt,
});
const ActorState = z.object({ id: z.string(), name: z.string(), kind: z.string(), extractedName: optStr, extractedKind: optStr, renamedBy: optStr });

async function activeFor(tx: Runner, keys: readonly string[]): Promise<Map<string, Active[]>> {
  const byKey = new Map<string, Active[]>();
  if (!keys.length) return byKey;
  const result = await tx.run(DECISIONS['decisions/active-for-targets'], { keys });
  for (const r of result.records) {
    const row = Active.parse(r.toObject());
    byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  }
  return byKey;
}

const extractedValues = (p: z.infer<typeof PledgeState>): PledgeValues => {
  if (p.extracted) return JSON.parse(p.extracted) as PledgeValues;
  // A pledge loaded before extraction's values were kept: its values are extraction's until corrected.
  return { amount: p.amount, unit: p.unit, amountText: p.amountText, amountUsd: p.amountUsd, status: p.status, periodStart: p.periodStart, periodEnd: p.periodEnd, by: p.by, to: p.to };
};

async function applyToPledges(tx: Runner, ids: string[], active: Map<string, Active[]>): Promise<void> {
  if (!ids.length) return;
  const result = await tx.run(DECISIONS['decisions/pledge-states'], { ids });
  const rows = result.records.map((r) => {
    const p = PledgeState.parse(r.toObject());
    const extracted = extractedValues(p);
    const { review, decision, correction } = foldFactDecisions(active.get(`pledge:${p.id}`) ?? []);
    const values = correctPledge(extracted, correction);
    return { id: p.id, ...values, year: values.periodStart ?? p.articleYear ?? null, review, decision, extracted: JSON.stringify(extracted) };
  });
  if (rows.length) await tx.run(DECISIONS['decisions/set-pledge-states'], { rows });
}

async function applyToRelations(tx: Runner, keys: string[], active: Map<string, Active[]>): Promise<void> {
  if (!keys.length) return;
  const result = await tx.run(DECISIONS['decisions/relation-states'], { keys });
  const rows = result.records.map((r) => {
    const key = r.get('key') as string;
    const { review, decision } = foldFactDecisions(active.get(key) ?? []);
    return { key, review, decision };
  });
  if (rows.length) await tx.run(DECISIONS['decisions/set-relation-states'], { rows });
}

async function applyToActors(tx: Runner, ids: string[], active: Map<string, Active[]>): Promise<void> {
  if (!ids.length) return;
  const result = await tx.run(DECISIONS['decisions/actor-states'], { ids });
  const rows = result.records.map((r) => {
    const a = ActorState.parse(r.toObject());
    const rename = foldRenames(active.get(`actor:${a.id}`) ?? []);
    const extractedName = a.extractedName ?? a.name;
    const extractedKind = (a.extractedKind ?? a.kind) as ActorKind;
    const name = rename?.name ?? extractedName;
    const kind = rename?.kind ?? extractedKind;
    return {
      id: a.id, name, kind, label: KIND_LABELS[kind], decision: rename?.decision ?? null,
      extractedName: rename ? extractedName : null, extractedKind: rename ? extractedKind : null,
      // The name it had stays findable, as an alias.
      aliases: [...new Set([a.name, extractedName])], searchForms: searchForms([name]),
    };
  });
  if (rows.length) await tx.run(DECISIONS['decisions/set-actor-states'], { rows });
}

/**
 * Applies the decisions in force to these keys (`actor:<id>`, `rel:…`, `pledge:<id>`). With `all`,
 * every key is written (a key whose last decision was undone goes back to extraction's values);
 * otherwise only keys that have a decision are read further — what loads do, where nearly none has.
 * Keys that name nothing in the graph are skipped. Each target is locked before it is read.
 */
export async function applyTargetDecisions(tx: Runner, keys: Iterable<string>, opts: { all?: boolean } = {}): Promise<void> {
  const unique = [...new Set(keys)].sort();
  const active = await activeFor(tx, unique);
  const wanted = opts.all ? unique : unique.filter((k) => active.has(k));
  await applyToActors(tx, wanted.filter((k) => k.startsWith('actor:')).map(keyId), active);
  await applyToRelations(tx, wanted.filter((k) => k.startsWith('rel:')), active);
  await applyToPledges(tx, wanted.filter((k) => k.startsWith('pledge:')).map(keyId), active);
}
