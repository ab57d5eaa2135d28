/**
 * What the scorer reads of an extraction result: the fields `score.mjs` uses, and only those, so
 * that output of any version of the contract in `claims.ts` (which satisfies this schema) is
 * scored the same way the owner's script scores it. Missing lists count as empty, as there.
 */
import { z } from 'zod';

const Key = z.string().nullish();

export const ScorableArticle = z.object({
  article: z.object({ file: Key, source: Key, path: Key, id: Key, slug: Key, language: Key }).optional(),
  actors: z.array(z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()).optional() })).default([]),
  sectors: z.array(z.object({ id: z.string(), name: z.string() })).default([]),
  pledges: z.array(z.object({ by: z.string(), amount: z.number().nullable() })).default([]),
  relations: z.array(z.object({ type: z.string(), from: z.string(), to: z.string() })).default([]),
});
export type ScorableArticle = z.infer<typeof ScorableArticle>;

/** `npm run extract` prints an array; a single object is read as an array of one, as score.mjs does. */
export const ScorableOutput = z.preprocess((value) => (Array.isArray(value) ? value : [value]), z.array(ScorableArticle));
