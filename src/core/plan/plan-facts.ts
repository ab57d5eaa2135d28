/**
 * Pledge and relation rows of one article, on resolved actor ids. A fact whose actor is not among
 * the article's actors (or whose sector is unknown) is dropped with a warning: no dangling links.
 */
import { SYMMETRIC_RELATIONS, type Pledge, type Relation } from '../claims.ts';
import type { EvidenceRows } from './evidence-rows.ts';
import { hashHex, pledgeFactKey, pledgeId, relationFactKey } from './fact-keys.ts';
import type { PledgeRow, RelationRow } from './types.ts';

export interface FactContext {
  /** Claims actor id → node id. */
  actorId: (claimsId: string) => string | undefined;
  knownSector: (id: string) => boolean;
  /** The article's year, for pledges without a period. */
  articleYear: number | null;
  evidence: EvidenceRows;
  warn: (message: string) => void;
}

export function planRelations(relations: readonly Relation[], ctx: FactContext): Map<string, RelationRow> {
  const rows = new Map<string, RelationRow>();
  for (const r of relations) {
    let from = ctx.actorId(r.from);
    let to = r.type === 'FOCUSES_ON' ? (ctx.knownSector(r.to) ? r.to : undefined) : ctx.actorId(r.to);
    if (from === undefined || to === undefined) {
      ctx.warn(`relation ${r.type} ${r.from} → ${r.to} dropped: unknown ${from === undefined ? r.from : r.to}`);
      continue;
    }
    if (from === to) continue; // two names of one actor: not a relation
    if (SYMMETRIC_RELATIONS.has(r.type) && to < from) [from, to] = [to, from];
    const role = r.type === 'HOLDS_ROLE' && r.role ? r.role.trim() : null;
    const key = relationFactKey(r.type, from, to, role);
    const row = rows.get(key) ?? { key, type: r.type, from, to, role, dates: [] };
    if (r.date && !row.dates.includes(r.date)) row.dates = [...row.dates, r.date].sort();
    rows.set(key, row);
    for (const e of r.evidence) ctx.evidence.add(key, e, r.date);
  }
  return rows;
}

function optionalActor(id: string | null, what: string, ctx: FactContext): string | null {
  if (id === null) return null;
  const resolved = ctx.actorId(id);
  if (resolved === undefined) ctx.warn(`${what} ${id} is not among the article's actors; left empty`);
  return resolved ?? null;
}

export function planPledges(pledges: readonly Pledge[], ctx: FactContext): Map<string, PledgeRow> {
  const rows = new Map<string, PledgeRow>();
  for (const p of pledges) {
    const by = ctx.actorId(p.by);
    if (by === undefined) {
      ctx.warn(`pledge ${p.id} dropped: unknown actor ${p.by}`);
      continue;
    }
    const to = optionalActor(p.to, `pledge ${p.id} recipient`, ctx);
    const requestedBy = optionalActor(p.requestedBy, `pledge ${p.id} requester`, ctx);
    const periodStart = p.period?.start ?? null;
    const periodEnd = p.period?.end ?? null;
    const id = pledgeId({ by, to, kind: p.kind, amount: p.amount, unit: p.unit, periodStart, periodEnd });
    const sectors = p.sectors.filter((s) => ctx.knownSector(s));
    const existing = rows.get(id);
    if (existing) existing.sectors = [...new Set([...existing.sectors, ...sectors])].sort();
    else {
      const props = {
        kind: p.kind, amount: p.amount, unit: p.unit, amountText: p.amountText, amountUsd: p.amountUsd,
        qualifier: p.qualifier, incremental: p.incremental, cumulative: p.cumulative, periodStart, periodEnd, status: p.status,
      };
      rows.set(id, {
        id, by, to, requestedBy: requestedBy === by ? null : requestedBy, ...props,
        year: periodStart ?? ctx.articleYear, sectors: [...new Set(sectors)].sort(), rowHash: hashHex(JSON.stringify(props)),
      });
    }
    for (const e of p.evidence) ctx.evidence.add(pledgeFactKey(id), e);
  }
  return rows;
}
