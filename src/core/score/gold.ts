/**
 * The gold format of `../shared/corpus/GOLD-CONVENTIONS.md`: one `NN_slug.gold.json` beside each
 * `NN_slug.txt`. Vocabularies are those `check_gold.py` accepts; sectors are open (the validator's
 * set may be extended). Keys the format does not know (an annotator's `note`) are dropped on parse.
 */
import { z } from 'zod';

export const GOLD_ACTOR_KINDS = ['company', 'government', 'organization', 'university', 'country', 'place', 'person'] as const;
export const GOLD_RELATION_TYPES = [
  'INVESTS_IN', 'TRAINS', 'VISITS', 'MEETS', 'PARTNERS_WITH', 'HOLDS_ROLE', 'SUBSIDIARY_OF', 'LOCATED_IN', 'FOCUSES_ON',
] as const;
export const GOLD_PLEDGE_KINDS = ['investment', 'training', 'trade', 'contract', 'other'] as const;
export const GOLD_PLEDGE_STATUSES = ['announced', 'planned', 'proposed', 'committed', 'completed'] as const;

export const GoldActor = z.object({
  name: z.string().min(1),
  kind: z.enum(GOLD_ACTOR_KINDS),
  /** Every surface form in the text, exact. */
  aliases: z.array(z.string().min(1)),
  /** Named but referred to by no pledge or relation: optional for the scorer. */
  incidental: z.boolean().optional(),
});
export type GoldActor = z.infer<typeof GoldActor>;

export const GoldPledge = z.object({
  by: z.string().min(1),
  to: z.string().min(1).nullable(),
  kind: z.enum(GOLD_PLEDGE_KINDS),
  amount: z.number().nullable(),
  unit: z.string().min(1).nullable(),
  period: z.string().nullable().optional(),
  status: z.enum(GOLD_PLEDGE_STATUSES),
  sectors: z.array(z.string().min(1)),
  quote: z.string().min(1),
  /** A running total or stock, not a new promise: optional for the scorer. */
  cumulative: z.boolean().optional(),
});
export type GoldPledge = z.infer<typeof GoldPledge>;

export const GoldRelation = z.object({
  type: z.enum(GOLD_RELATION_TYPES),
  from: z.string().min(1),
  /** An actor name, or a sector name for FOCUSES_ON. */
  to: z.string().min(1),
  role: z.string().min(1).optional(),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  quote: z.string().min(1),
});
export type GoldRelation = z.infer<typeof GoldRelation>;

export const GoldArticle = z.object({
  article: z.string().regex(/\.txt$/),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  actors: z.array(GoldActor),
  sectors: z.array(z.string().min(1)),
  pledges: z.array(GoldPledge),
  relations: z.array(GoldRelation),
});
export type GoldArticle = z.infer<typeof GoldArticle>;

/** A gold file of a folder: its stem (`NN_slug`) and content. */
export interface GoldEntry {
  stem: string;
  gold: GoldArticle;
}
