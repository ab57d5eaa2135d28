import { loadArticle } from './load.ts';
import { ArticleRef, EvidenceRef } from './refs.ts';

EvidenceRef.implement({
  description: 'Where a fact comes from: the exact sentence or clause of one article that states it.',
  fields: (t) => ({
    quote: t.exposeString('quote', { description: 'The exact text of the stored article that states the fact.' }),
    start: t.exposeInt('start', { description: 'UTF-16 offset of the quote in `article.text`.' }),
    end: t.exposeInt('end', { description: 'Offset one past the end of the quote: `article.text.slice(start, end) === quote`.' }),
    rule: t.exposeString('rule', { nullable: true, description: 'The extraction rule or method that produced the fact.' }),
    confidence: t.exposeFloat('confidence', { nullable: true, description: 'How sure the extractor is, 0 to 1.' }),
    date: t.exposeString('date', { nullable: true, description: 'The date the quote gives for the fact, when it gives one (ISO, may be partial).' }),
    article: t.field({
      type: ArticleRef,
      description: 'The article the quote is from.',
      resolve: (e, _args, ctx) => loadArticle(ctx, e.articleId),
    }),
  }),
});
