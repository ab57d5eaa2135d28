import { z } from 'zod';
import { PartialDate } from '../../core/claims.ts';
import { listArticles } from '../../graph/read/articles.ts';
import { builder } from '../builder.ts';
import { decodeCursor } from '../cursor.ts';
import { keyFromId } from '../ids.ts';
import { pageSize, toPage } from '../page.ts';
import { validate } from '../validate.ts';
import { loadArticle } from './load.ts';
import { ArticleRef } from './refs.ts';

builder.node(ArticleRef, {
  description: 'A news article the facts were extracted from. Evidence offsets point into its `text`.',
  id: { resolve: (a) => a.id, description: 'Global id; `node(id)` fetches the article again.' },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.articles.load(id))),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The plain key: a hash of the normalised text, so the same article is one article.' }),
    title: t.exposeString('title', { description: 'Headline.' }),
    published: t.exposeString('published', { nullable: true, description: 'Publication date (ISO, may be partial), when known.' }),
    outlet: t.exposeString('outlet', { nullable: true, description: 'Where it was published, e.g. "VnExpress".' }),
    url: t.exposeString('url', { nullable: true, description: 'Link to the original, when known.' }),
    language: t.exposeString('language', { nullable: true, description: 'Language code, e.g. "vi" or "en": given with the article, or detected from its text.' }),
    textLength: t.exposeInt('textLength', { description: 'Length of `text` in UTF-16 units.' }),
    text: t.string({
      description: 'The stored text that evidence offsets point into (fetched only when asked for).',
      resolve: async (a, _args, ctx) => (await ctx.loaders.articleTexts.load(a.id)) ?? '',
    }),
  }),
});

const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Narrows `articles`; all given conditions must hold.',
  fields: (t) => ({
    outlet: t.string({ required: false, description: 'Only articles from this outlet.' }),
    language: t.string({ required: false, description: 'Only articles in this language ("vi", "en"; "en" also takes "en-GB").' }),
    since: t.string({ required: false, description: 'Published on or after this date (2024, 2024-06 or 2024-06-25).' }),
    until: t.string({ required: false, description: 'Published on or before this date (2024, 2024-06 or 2024-06-25).' }),
    mentions: t.string({ required: false, description: 'Only articles that mention the actor with this key.' }),
  }),
});

const ArticleFilterInput = z.object({
  outlet: z.string().min(1).max(200).nullish(),
  language: z.string().regex(/^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})?$/).nullish(),
  since: PartialDate.nullish(),
  until: PartialDate.nullish(),
  mentions: z.string().min(1).max(200).nullish(),
}).nullish();

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    description: 'One article by key or global id; NOT_FOUND when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Plain key or global id.' }) },
    resolve: (_root, args, ctx) => loadArticle(ctx, keyFromId(String(args.id), 'Article')),
  }),
  articles: t.connection({
    type: ArticleRef,
    description: 'Articles, newest first (undated last). Page with `first`/`after`.',
    args: { filter: t.arg({ type: ArticleFilter, required: false }) },
    resolve: async (_root, args, ctx) => {
      const size = pageSize(args, ctx.maxPageSize);
      const f = validate(ArticleFilterInput, args.filter);
      const after = decodeCursor(args.after, 'string');
      const rows = await ctx.read((tx) => listArticles(tx, {
        outlet: f?.outlet ?? null, language: f?.language?.toLowerCase() ?? null, since: f?.since ?? null, until: f?.until ?? null, mentions: f?.mentions ?? null,
        after, limit: size + 1,
      }));
      for (const r of rows) ctx.loaders.articles.prime(r.id, r);
      return toPage(rows, size, after !== null, (r) => [r.sortKey, r.id], (r) => r);
    },
  }, { name: 'ArticleConnection', description: 'A page of articles.' }, { name: 'ArticleEdge', description: 'One article in a page.' }),
}));
