import { z } from 'zod';
import { PartialDate } from '../../core/claims.ts';
import { detectLanguage } from '../../core/lang/detect-language.ts';
import { builder } from '../builder.ts';
import type { GqlContext } from '../context.ts';
import { unauthenticated } from '../errors.ts';
import { keyFromId } from '../ids.ts';
import { validate } from '../validate.ts';
import { loadArticle } from './load.ts';
import { ArticleRef } from './refs.ts';

/** Larger texts are not news articles; refusing them keeps one request from hogging the extractor. */
export const MAX_ARTICLE_TEXT = 200_000;

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description: 'A news article to extract facts from and add to the graph.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Headline.' }),
    text: t.string({ required: true, description: `The article text (at most ${MAX_ARTICLE_TEXT} characters).` }),
    published: t.string({ required: false, description: 'Publication date (2024-06-25, 2024-06 or 2024): relative dates in the text resolve against it.' }),
    url: t.string({ required: false, description: 'Link to the original.' }),
    outlet: t.string({ required: false, description: 'Where it was published.' }),
    language: t.string({ required: false, description: 'Language code ("vi", "en"); detected from the text when not given.' }),
  }),
});

const Input = z.object({
  title: z.string().trim().min(1).max(1000),
  text: z.string().min(1).max(MAX_ARTICLE_TEXT),
  published: PartialDate.nullish().transform((v) => v ?? null),
  url: z.string().url().max(2000).nullish().transform((v) => v ?? null),
  outlet: z.string().min(1).max(200).nullish().transform((v) => v ?? null),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/).nullish(),
}).transform((v) => ({ ...v, language: v.language ?? detectLanguage(v.text) }));

const IngestResult = builder.objectRef<{ articleId: string; actors: number; sectors: number; pledges: number; relations: number; evidence: number }>('IngestResult').implement({
  description: 'What `ingestArticle` stored.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, description: 'The stored article.', resolve: (r, _a, ctx) => loadArticle(ctx, r.articleId) }),
    actors: t.exposeInt('actors', { description: 'Actors found in it.' }),
    sectors: t.exposeInt('sectors', { description: 'Sectors it mentions.' }),
    pledges: t.exposeInt('pledges', { description: 'Pledges found in it.' }),
    relations: t.exposeInt('relations', { description: 'Relations found in it.' }),
    evidence: t.exposeInt('evidence', { description: 'Pieces of evidence stored for it.' }),
  }),
});

export function requireToken(ctx: GqlContext): string {
  if (ctx.editor === null) throw unauthenticated();
  return ctx.editor;
}

builder.mutationType({
  description: 'Changes to the graph. Every mutation needs `Authorization: Bearer <API_TOKEN>`.',
  fields: (t) => ({
    ingestArticle: t.field({
      type: IngestResult,
      description: 'Extracts facts from an article and loads them (replacing what the same article gave before).',
      args: { input: t.arg({ type: IngestArticleInput, required: true }) },
      resolve: async (_root, args, ctx) => {
        requireToken(ctx);
        return ctx.writer.ingest(validate(Input, args.input));
      },
    }),
    deleteArticle: t.boolean({
      description: 'Removes an article and every fact only it supported. False when there was no such article.',
      args: { id: t.arg.id({ required: true, description: 'Plain key or global id of the article.' }) },
      resolve: async (_root, args, ctx) => {
        requireToken(ctx);
        return ctx.writer.delete(validate(z.string().min(1).max(200), keyFromId(String(args.id), 'Article')));
      },
    }),
  }),
});
