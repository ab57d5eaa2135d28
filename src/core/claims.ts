/**
 * The extraction contract: what `extractArticle` returns and `npm run extract` prints.
 * Single source of truth — TypeScript types are inferred from these schemas, and the JSON Schema
 * in `schema/claims.schema.json` is generated from them. Field names here may grow, never be renamed.
 */
import { z } from 'zod';

export const ACTOR_KINDS = ['company', 'government', 'organization', 'university', 'country', 'place', 'facility', 'person'] as const;
export const ActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKind>;

export const RELATION_TYPES = [
  'INVESTS_IN', 'TRAINS', 'VISITS', 'MEETS', 'PARTNERS_WITH', 'HOLDS_ROLE',
  'SUBSIDIARY_OF', 'PART_OF', 'LOCATED_IN', 'OPERATES', 'FOCUSES_ON',
] as const;
export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;
/** The relation types between two actors: all but FOCUSES_ON (actor → sector). */
export const ACTOR_RELATION_TYPES = RELATION_TYPES.filter((t): t is Exclude<RelationType, 'FOCUSES_ON'> => t !== 'FOCUSES_ON');
/** Relations with no direction: stored once, with `from` < `to` by id. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['MEETS', 'PARTNERS_WITH']);

export const PLEDGE_KINDS = ['investment', 'training', 'trade', 'contract', 'aid', 'other'] as const;
export const PledgeKind = z.enum(PLEDGE_KINDS);
export type PledgeKind = z.infer<typeof PledgeKind>;

/** Ordered by firmness; `cancelled` stands apart. */
export const PLEDGE_STATUSES = ['interest', 'proposed', 'planned', 'committed', 'in_progress', 'completed', 'cancelled'] as const;
export const PledgeStatus = z.enum(PLEDGE_STATUSES);
export type PledgeStatus = z.infer<typeof PledgeStatus>;

export const QUALIFIERS = ['more_than', 'at_least', 'nearly', 'up_to', 'about', 'exactly'] as const;
export const Qualifier = z.enum(QUALIFIERS);

/** ISO date, or a partial one when the text gives only month or year: 2024-06-25, 2024-01, 2024. */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const Evidence = z.object({
  quote: z.string().min(1).describe('Exact text of the stored article that states the fact'),
  start: z.number().int().nonnegative().describe('UTF-16 offset of the quote in the stored article text'),
  end: z.number().int().nonnegative().describe('Offset one past the end: text.slice(start, end) === quote'),
  rule: z.string().describe('Name of the rule or method that produced the fact'),
  confidence: z.number().min(0).max(1),
});
export type Evidence = z.infer<typeof Evidence>;

export const ArticleMeta = z.object({
  id: z.string().describe('Hash of the normalised text: the same article from two paths is one article'),
  file: z.string().nullable(),
  title: z.string(),
  published: PartialDate.nullable(),
  language: z.string().default('vi'),
  outlet: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  /** Offsets of the body (boilerplate set aside): facts come only from inside these ranges. */
  body: z.array(z.object({ start: z.number().int(), end: z.number().int() })).default([]),
  textLength: z.number().int().nonnegative(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Actor = z.object({
  id: z.string().describe('Stable id: the gazetteer id, or a slug of the folded name for pattern-found actors'),
  name: z.string().describe('Canonical name'),
  kind: ActorKind,
  aliases: z.array(z.string()).describe('Every surface form seen in this article, plus known aliases'),
  country: z.string().nullable().default(null).describe('Actor id of the home country, when known'),
  source: z.enum(['gazetteer', 'pattern']),
  mentions: z.array(Evidence),
});
export type Actor = z.infer<typeof Actor>;

export const Sector = z.object({
  id: z.string(),
  name: z.string(),
  nameVi: z.string().nullable().default(null),
  parent: z.string().nullable().default(null),
  mentions: z.array(Evidence),
});
export type Sector = z.infer<typeof Sector>;

export const Pledge = z.object({
  id: z.string().describe('Hash of who, to whom, kind, amount, unit and period: the same pledge in two articles is one'),
  by: z.string().describe('Actor id of who pledges'),
  to: z.string().nullable().describe('Actor id of the recipient or place'),
  kind: PledgeKind,
  amount: z.number().nullable(),
  unit: z.string().nullable().describe('USD, VND, EUR, people, universities, companies, percent, …'),
  amountText: z.string().nullable().describe('The amount as written, e.g. "3 tỷ USD"'),
  amountUsd: z.number().nullable(),
  qualifier: Qualifier.nullable().default(null),
  incremental: z.boolean().default(false).describe('"thêm": on top of earlier pledges'),
  cumulative: z.boolean().default(false).describe('A running total of what the actor has put in ("nâng tổng vốn … lên"), not a new promise: left out of totals'),
  period: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  status: PledgeStatus,
  requestedBy: z.string().nullable().default(null).describe('Actor id of who asked for it, when that is someone else'),
  sectors: z.array(z.string()),
  evidence: z.array(Evidence).min(1),
});
export type Pledge = z.infer<typeof Pledge>;

export const Relation = z.object({
  type: RelationType,
  from: z.string(),
  to: z.string().describe('Actor id, or sector id for FOCUSES_ON'),
  role: z.string().nullable().default(null).describe('Title, for HOLDS_ROLE'),
  date: PartialDate.nullable().default(null),
  evidence: z.array(Evidence).min(1),
});
export type Relation = z.infer<typeof Relation>;

export const ArticleClaims = z.object({
  article: ArticleMeta,
  actors: z.array(Actor),
  sectors: z.array(Sector),
  pledges: z.array(Pledge),
  relations: z.array(Relation),
});
export type ArticleClaims = z.infer<typeof ArticleClaims>;

export const ExtractOutput = z.array(ArticleClaims);
