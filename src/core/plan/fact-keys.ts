/**
 * Fact keys name what an Evidence node supports (see src/graph/README.md); evidence ids and pledge
 * ids are hashes, so the same fact from the same place of the same article is always one node.
 * (node:crypto is pure computation, not I/O.)
 */
import { createHash } from 'node:crypto';
import type { RelationType } from '../claims.ts';
import { nameKey } from '../text/fold.ts';
import { memoize } from './memo.ts';

export const actorFactKey = (id: string) => `actor:${id}`;
export const sectorFactKey = (id: string) => `sector:${id}`;
export const pledgeFactKey = (id: string) => `pledge:${id}`;

/** `rel:<TYPE>:<from>:<to>[:<role>]`; the role by its name key, so "Bộ trưởng" and "bộ trưởng" are one fact. */
export function relationFactKey(type: RelationType, from: string, to: string, role: string | null): string {
  const roleKey = role ? nameKey(role) : '';
  return roleKey ? `rel:${type}:${from}:${to}:${roleKey}` : `rel:${type}:${from}:${to}`;
}

export function hashHex(text: string, length = 16): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);
}

const factHash = memoize((factKey) => hashHex(factKey, 12));

/**
 * `<articleId>:<start>-<end>:<hash of factKey>` (the caller adds a date to the key when it has one): unique per fact, date and place of an article, readable, and
 * cheap (one hash per distinct fact key, not per mention — a big article has hundreds of mentions).
 */
export function evidenceId(factKey: string, articleId: string, start: number, end: number): string {
  return `${articleId}:${start}-${end}:${factHash(factKey)}`;
}

export interface PledgeIdentity {
  by: string;
  to: string | null;
  kind: string;
  amount: number | null;
  unit: string | null;
  periodStart: number | null;
  periodEnd: number | null;
}

/** Who, to whom, kind, amount, unit and period — after entity resolution, so merged actors share pledges. */
export function pledgeId(p: PledgeIdentity): string {
  const parts = [p.by, p.to ?? '', p.kind, p.amount ?? '', p.unit ?? '', p.periodStart ?? '', p.periodEnd ?? ''];
  return `p-${hashHex(parts.join('\u0000'))}`;
}
