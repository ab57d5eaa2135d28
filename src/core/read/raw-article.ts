/** An article as read from a file, before extraction. `text` is the stored (normalised) text. */
import { z } from 'zod';
import { PartialDate } from '../claims.ts';

export const RawArticle = z.object({
  file: z.string().nullable(),
  title: z.string(),
  text: z.string().min(1),
  published: PartialDate.nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string(),
});
export type RawArticle = z.infer<typeof RawArticle>;

/** Thrown for a file that cannot be read as articles; `message` is one line naming the file. */
export class ArticleFileError extends Error {
  override readonly name = 'ArticleFileError';
  constructor(readonly file: string, detail: string) {
    super(`${file}: ${detail}`);
  }
}
