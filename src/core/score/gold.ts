/**
 * Shape of the hand-made gold annotations in `test/fixtures/gold/`: what a careful reader finds in
 * one seed article's body. Actors are referred to by any of their names as written; the scorer
 * compares folded names. In gold, `null` means "don't care" (e.g. a year that depends on an
 * unknown article date).
 */
import { z } from 'zod';
import { ActorKind, PartialDate, PledgeKind, PledgeStatus, Qualifier, RelationType } from '../claims.ts';

export const GoldActor = z.object({
  name: z.string().min(1),
  kind: ActorKind,
  aliases: z.array(z.string().min(1)).optional(),
});
export type GoldActor = z.infer<typeof GoldActor>;

/** Either bound may be null: "don't care" (e.g. "đến năm 2030" gives only the end). */
export const GoldPeriod = z.object({ start: z.number().int().nullable(), end: z.number().int().nullable() });

export const GoldPledge = z.object({
  by: z.string().min(1),
  to: z.string().min(1).nullable(),
  kind: PledgeKind,
  amount: z.number().nullable(),
  unit: z.string().min(1).nullable(),
  status: PledgeStatus,
  period: GoldPeriod.nullable().optional(),
  requestedBy: z.string().min(1).nullable().optional(),
  qualifier: Qualifier.nullable().optional(),
  sectors: z.array(z.string()).optional(),
  /** Bilateral targets ("Việt - Hàn đặt mục tiêu …"): `by` and `to` may be swapped. */
  mutual: z.boolean().optional(),
  quote: z.string().min(1),
  note: z.string().optional(),
});
export type GoldPledge = z.infer<typeof GoldPledge>;

export const GoldRelation = z.object({
  type: RelationType,
  from: z.string().min(1),
  /** An actor name, or a sector id for FOCUSES_ON. */
  to: z.string().min(1),
  role: z.string().min(1).nullable().optional(),
  date: PartialDate.nullable().optional(),
  quote: z.string().min(1),
  note: z.string().optional(),
});
export type GoldRelation = z.infer<typeof GoldRelation>;

export const GoldArticle = z.object({
  file: z.string().min(1),
  published: PartialDate.nullable().optional(),
  actors: z.array(GoldActor),
  pledges: z.array(GoldPledge),
  relations: z.array(GoldRelation),
});
export type GoldArticle = z.infer<typeof GoldArticle>;
