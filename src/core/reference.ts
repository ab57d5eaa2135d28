/**
 * Shapes of the curated reference data in `seeds/reference/`: the gazetteer of actors and the
 * sector vocabulary. Reading the files is the caller's job (core does no I/O).
 */
import { z } from 'zod';
import { ActorKind } from './claims.ts';

export const GazetteerEntry = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string(),
  kind: ActorKind,
  /** Surface forms in Vietnamese and English, diacritics kept as written. */
  aliases: z.array(z.string()).default([]),
  /** Gazetteer id of the home country (e.g. "south-korea"), or null. */
  country: z.string().nullable().default(null),
  /** Gazetteer id of a parent organisation or containing place, when well known. */
  partOf: z.string().nullable().default(null),
  sectors: z.array(z.string()).default([]),
  /** Surface forms too ambiguous alone (e.g. "LG" inside a word): matched only case-sensitively. */
  caseSensitive: z.array(z.string()).default([]),
});
export type GazetteerEntry = z.infer<typeof GazetteerEntry>;
export const Gazetteer = z.array(GazetteerEntry);

export const SectorEntry = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string(),
  nameVi: z.string(),
  parent: z.string().nullable().default(null),
  keywords: z.object({ vi: z.array(z.string()), en: z.array(z.string()).default([]) }),
  /** A sector of the annotation vocabulary: FOCUSES_ON points at it, sub-sectors roll up to it. */
  headline: z.boolean().optional(),
});
export type SectorEntry = z.infer<typeof SectorEntry>;
export const SectorVocabulary = z.array(SectorEntry);

/**
 * A merge decision in the shape the planner replays: `same` maps `b` to `a` (a is kept), `different`
 * keeps them apart. They come from the graph's merge and split decisions (src/core/decisions).
 */
export const MergeDecision = z.object({
  a: z.string(),
  b: z.string(),
  decision: z.enum(['same', 'different']),
  note: z.string().optional(),
});
export type MergeDecision = z.infer<typeof MergeDecision>;
export const MergeDecisions = z.array(MergeDecision);

export interface Reference {
  gazetteer: GazetteerEntry[];
  sectors: SectorEntry[];
  merges: z.infer<typeof MergeDecisions>;
}
