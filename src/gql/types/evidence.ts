import { z } from 'zod';
import type { builder } from '../builder.ts';
import { EVIDENCE_PER_FACT, MAX_EVIDENCE_PER_FACT } from '../loaders.ts';
import { validate } from '../validate.ts';
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

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

const EvidenceFirst = z.number().int().min(1).max(MAX_EVIDENCE_PER_FACT);

/** How many pieces of evidence `evidence(first:)` asks for: its argument, validated, or the default. */
export function evidencePerFact(first: number | null | undefined): number {
  return first == null ? EVIDENCE_PER_FACT : validate(EvidenceFirst, first);
}

/** The `evidence(first:)` field of a fact (relation or pledge), by its fact key. */
export function evidenceField<T>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>, what: string, factKey: (parent: T) => string) {
  return t.field({
    type: [EvidenceRef],
    description: `The quotes that ${what}, by article and place: the first \`first\` of them (default ${EVIDENCE_PER_FACT}, at most ${MAX_EVIDENCE_PER_FACT}).`,
    args: { first: t.arg.int({ required: false, description: `How many (1–${MAX_EVIDENCE_PER_FACT}); default ${EVIDENCE_PER_FACT}.` }) },
    resolve: (parent, args, ctx) => ctx.loaders.evidence(evidencePerFact(args.first)).load(factKey(parent)),
  });
}
