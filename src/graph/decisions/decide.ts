/**
 * Making a decision inside the caller's write transaction: lock the decision log (decisions take
 * turns), check it against the graph, record it, apply it. Any check that fails throws a DecisionError
 * before anything is written, so the transaction rolls back with nothing changed.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  IDENTITY_KINDS, actorKey, decisionKey, keyId, type DecisionKind, type DecisionRequest, type DecisionRow, type NewDecision,
} from '../../core/decisions/decision.ts';
import { completeCorrection, correctPledge, foldFactDecisions, type PledgeValues } from '../../core/decisions/fold.ts';
import { optInt, optNum, optStr } from '../read/rows.ts';
import type { Runner } from '../load/statements.ts';
import { applyTargetDecisions } from './apply-targets.ts';
import { lockDecisionLog } from './log.ts';
import { articlesMentioning, replanArticles, type ReplanDeps } from './replan.ts';
import { findDecisionsByIds, readIdentityDecisions } from './rows.ts';
import { DECISIONS } from './statements.ts';
import { cypher } from '../cypher-files.ts';

export type { DecisionRequest };

/** An expected refusal: the caller maps it to NOT_FOUND / BAD_USER_INPUT. */
export class DecisionError extends Error {
  override readonly name = 'DecisionError';
  constructor(readonly code: 'NOT_FOUND' | 'BAD_USER_INPUT', message: string) {
    super(message);
  }
}

export interface DecideOptions {
  editor: string;
  reason: string | null;
  deps: ReplanDeps;
  /** Import: the id and time the file gives; targets may be missing (the decision waits for them). */
  id?: string;
  at?: string;
  lenient?: boolean;
  /** Collects the actor keys of merges and splits instead of re-planning at once (an import re-plans once, last). */
  replanLater?: Set<string>;
}

const notFound = (what: string) => new DecisionError('NOT_FOUND', `${what} not found`);
const bad = (message: string) => new DecisionError('BAD_USER_INPUT', message);

async function existingActors(tx: Runner, ids: string[]): Promise<Map<string, { id: string; name: string; kind: string }>> {
  const result = await tx.run(cypher('read/actors-by-ids'), { ids });
  return new Map(result.records.map((r) => [r.get('id') as string, { id: r.get('id') as string, name: r.get('name') as string, kind: r.get('kind') as string }]));
}

async function factExists(tx: Runner, key: string): Promise<boolean> {
  const result = await tx.run(DECISIONS['decisions/facts-exist'], { keys: [key] });
  return result.records.length > 0;
}

async function requireActors(tx: Runner, ids: string[], lenient: boolean): Promise<void> {
  if (lenient) return;
  const found = await existingActors(tx, ids);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw notFound(`Actor ${missing.join(', ')}`);
}

const pairOf = (d: { target: string; other: string | null }) => [keyId(d.target), keyId(d.other ?? '')].sort().join('|');

async function checkIdentity(tx: Runner, req: Extract<DecisionRequest, { kind: 'merge' | 'split' }>, lenient: boolean): Promise<void> {
  const [a, b] = req.kind === 'merge' ? [req.keep, req.merge] : req.actors;
  if (a === b) throw bad(req.kind === 'merge' ? 'An actor cannot be merged with itself' : 'Split needs two different actors');
  const pair = [a, b].sort().join('|');
  const { active } = await readIdentityDecisions(tx);
  const same = active.find((d) => pairOf(d) === pair);
  if (same && !lenient) {
    throw bad(same.kind === req.kind
      ? `Already decided: decision ${same.id} ${same.kind === 'merge' ? 'merged' : 'keeps apart'} ${a} and ${b}`
      : `Decision ${same.id} ${same.kind === 'merge' ? 'merged' : 'keeps apart'} ${a} and ${b}: undo it first`);
  }
  if (lenient) return;
  if (req.kind === 'merge') await requireActors(tx, [a, b], false);
  else {
    const found = await existingActors(tx, [a, b]);
    if (!found.size) throw notFound(`Actor ${a} or ${b}`);
  }
}

const PledgeNow = z.object({
  id: z.string(), amount: optNum, unit: optStr, amountText: optStr, amountUsd: optNum, status: z.string(),
  periodStart: optInt, periodEnd: optInt, by: z.string(), to: optStr, year: optInt,
});

async function pledgeNow(tx: Runner, id: string): Promise<{ values: PledgeValues; year: number | null } | null> {
  const result = await tx.run(cypher('read/pledges-by-ids'), { ids: [id] });
  if (!result.records.length) return null;
  const p = PledgeNow.parse(result.records[0]!.toObject());
  const { year, id: _id, ...values } = p;
  return { values, year };
}

/** The decision as it will be stored, after checking it against the graph. */
async function prepare(tx: Runner, req: DecisionRequest, opts: DecideOptions): Promise<{ decision: NewDecision; undone?: DecisionRow }> {
  const lenient = opts.lenient ?? false;
  const head = { id: opts.id ?? randomUUID(), kind: req.kind as DecisionKind, reason: opts.reason, editor: opts.editor, at: opts.at ?? new Date().toISOString(), other: null, value: null };
  switch (req.kind) {
    case 'merge':
      await checkIdentity(tx, req, lenient);
      return { decision: { ...head, target: actorKey(req.keep), other: actorKey(req.merge) } };
    case 'split':
      await checkIdentity(tx, req, lenient);
      return { decision: { ...head, target: actorKey(req.actors[0]), other: actorKey(req.actors[1]) } };
    case 'rename': {
      if (!lenient) {
        const actor = (await existingActors(tx, [req.actor])).get(req.actor);
        if (!actor) throw notFound(`Actor ${req.actor}`);
        if ((req.name ?? actor.name) === actor.name && (req.actorKind ?? actor.kind) === actor.kind) throw bad(`Actor ${req.actor} already has that name and kind`);
      }
      const value = { ...(req.name !== undefined ? { name: req.name } : {}), ...(req.actorKind ? { kind: req.actorKind } : {}) };
      return { decision: { ...head, target: actorKey(req.actor), value } };
    }
    case 'reject':
    case 'confirm': {
      if (!lenient) {
        if (!(await factExists(tx, req.fact))) throw notFound(`Fact ${req.fact}`);
        const active = await activeDecisions(tx, req.fact);
        const { review } = foldFactDecisions(active);
        if (req.kind === 'reject' && review === 'REJECTED') throw bad(`Fact ${req.fact} is already rejected`);
        if (req.kind === 'confirm' && (review === 'CONFIRMED' || review === 'CORRECTED')) throw bad(`Fact ${req.fact} is already ${review === 'CONFIRMED' ? 'confirmed' : 'corrected'} by a person`);
      }
      return { decision: { ...head, target: req.fact } };
    }
    case 'correct': {
      const key = `pledge:${req.pledge}`;
      const now = await pledgeNow(tx, req.pledge);
      if (!now && !lenient) throw notFound(`Pledge ${req.pledge}`);
      if (!lenient) {
        const actors = [req.correction.by, req.correction.to].filter((x): x is string => typeof x === 'string');
        await requireActors(tx, actors, false);
      }
      const correction = now ? completeCorrection(req.correction, now.values, now.year) : req.correction;
      if (now && !lenient) {
        const after = correctPledge(now.values, correction);
        if (after.by === after.to) throw bad('A pledge cannot be made to the actor who makes it');
        if (after.periodStart !== null && after.periodEnd !== null && after.periodStart > after.periodEnd) throw bad('periodStart must not be after periodEnd');
        if (JSON.stringify(after) === JSON.stringify(now.values)) throw bad(`Pledge ${req.pledge} already has those values`);
      }
      return { decision: { ...head, target: key, value: correction } };
    }
    case 'undo': {
      const [undone] = await findDecisionsByIds(tx, [req.decision]);
      if (!undone) {
        if (lenient) return { decision: { ...head, target: decisionKey(req.decision) } };
        throw notFound(`Decision ${req.decision}`);
      }
      if (undone.kind === 'undo') throw bad('An undo cannot be undone: make the decision again instead');
      if (undone.undoneBy) throw bad(`Decision ${req.decision} was already undone by ${undone.undoneBy}`);
      return { decision: { ...head, target: decisionKey(req.decision) }, undone };
    }
  }
}

async function activeDecisions(tx: Runner, key: string) {
  const result = await tx.run(DECISIONS['decisions/active-for-targets'], { keys: [key] });
  return result.records.map((r) => ({ id: r.get('id') as string, seq: Number(r.get('seq')), kind: r.get('kind') as DecisionKind, value: JSON.parse((r.get('value') as string | null) ?? 'null') as Record<string, unknown> | null }));
}

/** Puts a recorded decision into effect (or, for an undone one, takes it out). */
async function apply(tx: Runner, d: Pick<DecisionRow, 'kind' | 'target' | 'other'>, opts: DecideOptions): Promise<void> {
  if (IDENTITY_KINDS.has(d.kind)) {
    const keys = [d.target, ...(d.other ? [d.other] : [])];
    if (opts.replanLater) for (const k of keys) opts.replanLater.add(k);
    else await replanArticles(tx, await articlesMentioning(tx, keys), opts.deps);
  } else {
    await applyTargetDecisions(tx, [d.target], { all: true });
  }
}

/** Records and applies one decision; returns it as stored. One transaction: the caller's. */
export async function makeDecision(tx: Runner, req: DecisionRequest, opts: DecideOptions): Promise<DecisionRow> {
  await lockDecisionLog(tx);
  const { decision, undone } = await prepare(tx, req, opts);
  const identity = IDENTITY_KINDS.has(decision.kind) || (undone !== undefined && IDENTITY_KINDS.has(undone.kind));
  await tx.run(DECISIONS['decisions/create'], { decision: { ...decision, value: decision.value ? JSON.stringify(decision.value) : null }, identity });
  if (decision.kind === 'undo') {
    if (undone) {
      await tx.run(DECISIONS['decisions/mark-undone'], { id: undone.id, undoneBy: decision.id, at: decision.at });
      await apply(tx, undone, opts);
    }
  } else {
    await apply(tx, decision, opts);
  }
  const [stored] = await findDecisionsByIds(tx, [decision.id]);
  return stored!;
}

/** Whether a decision with this id is in the graph already (an import skips it). */
export async function decisionExists(tx: Runner, id: string): Promise<boolean> {
  return (await findDecisionsByIds(tx, [id])).length > 0;
}
