/** Tiny builders for hand-made claims in the scorer's tests: only the fields the scorer reads matter. */
import type { Actor, ActorKind, ArticleClaims, Pledge, Relation } from '../claims.ts';

const EVIDENCE = [{ quote: 'x', start: 0, end: 1, rule: 'test', confidence: 1 }];

export function actor(id: string, name: string, kind: ActorKind, aliases: string[] = []): Actor {
  return { id, name, kind, aliases, country: null, source: 'pattern', mentions: EVIDENCE };
}

export function pledge(fields: Partial<Pledge> & Pick<Pledge, 'by' | 'amount' | 'unit'>): Pledge {
  return {
    id: `p-${fields.by}-${fields.amount}`, to: null, kind: 'investment', amountText: null, amountUsd: null, qualifier: null,
    incremental: false, cumulative: false, period: null, status: 'planned', requestedBy: null, sectors: [], evidence: EVIDENCE, ...fields,
  };
}

export function relation(type: Relation['type'], from: string, to: string, extra: Partial<Relation> = {}): Relation {
  return { type, from, to, role: null, date: null, evidence: EVIDENCE, ...extra };
}

export function claims(file: string, parts: Partial<Pick<ArticleClaims, 'actors' | 'pledges' | 'relations'>>): ArticleClaims {
  return {
    article: { id: file, file, title: '', published: null, language: 'vi', outlet: null, url: null, body: [], textLength: 0 },
    actors: parts.actors ?? [], sectors: [], pledges: parts.pledges ?? [], relations: parts.relations ?? [],
  };
}
