/**
 * Keeps the benchmark harness from rotting without running a benchmark: the corpus generator is
 * deterministic and realistic in size, extraction runs over it, and every query shape is valid
 * against the baseline's generated schema and against our printed schema. No timing is asserted.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildShapes } from '../../bench/api/shapes.ts';
import { baselineTypeDefs } from '../../bench/baseline/type-defs.ts';
import { corpusDigest, generateCorpus } from '../../bench/corpus/generate.ts';
import { measureExtraction } from '../../bench/extract.ts';
import { percentile, summarize } from '../../bench/lib/stats.ts';
import type { Reference } from '../../src/core/reference.ts';
import { readReference } from '../../src/io/read-reference.ts';

let reference: Reference;
beforeAll(async () => {
  reference = await readReference();
});

describe('synthetic corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = generateCorpus(reference, { size: 20, seed: 'smoke' });
    const b = generateCorpus(reference, { size: 20, seed: 'smoke' });
    const c = generateCorpus(reference, { size: 20, seed: 'other' });
    expect(corpusDigest(a)).toBe(corpusDigest(b));
    expect(corpusDigest(a)).not.toBe(corpusDigest(c));
  });

  it('is a prefix of a larger corpus with the same seed', () => {
    const small = generateCorpus(reference, { size: 5, seed: 'smoke' });
    const large = generateCorpus(reference, { size: 10, seed: 'smoke' });
    expect(corpusDigest(large.slice(0, 5))).toBe(corpusDigest(small));
  });

  it('has articles of seed-like size with dates, amounts and some boilerplate', () => {
    const corpus = generateCorpus(reference, { size: 50, seed: 'smoke' });
    for (const a of corpus) {
      const bytes = Buffer.byteLength(a.text);
      expect(bytes).toBeGreaterThanOrEqual(3000);
      expect(bytes).toBeLessThan(16_000);
      expect(a.text.normalize('NFC')).toBe(a.text);
      expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const all = corpus.map((a) => a.text).join('\n');
    expect(all).toMatch(/\d+ (tỷ|triệu) USD/);
    expect(all).toMatch(/Tin liên quan|Bài liên quan/);
  });
});

describe('bench:extract harness', () => {
  it('extracts facts from the synthetic articles and reports a throughput', () => {
    const corpus = generateCorpus(reference, { size: 3, seed: 'smoke' });
    const figures = measureExtraction('smoke', corpus, reference, 1);
    expect(figures.articles).toBe(3);
    expect(figures.facts).toBeGreaterThan(0);
    expect(figures.mbPerSecond.median).toBeGreaterThan(0);
  }, 60_000);
});

describe('query shapes', () => {
  const shapes = buildShapes({ busyActor: 'samsung', sector: 'semiconductors', pathFrom: 'samsung', pathTo: 'nic-hoa-lac', pathLength: 2, searchText: 'hoa lac' });
  const errorsOf = (schema: GraphQLSchema, body: string) => validate(schema, parse((JSON.parse(body) as { query: string }).query)).map((e) => e.message);

  it('are valid against the @neo4j/graphql baseline schema', async () => {
    // getSchema needs no database. @neo4j/graphql loads graphql's CommonJS build while vitest loads
    // the ESM one: carry the schema across as SDL.
    const cjsGraphql = createRequire(import.meta.url)('graphql') as { printSchema(s: unknown): string };
    const schema = buildSchema(cjsGraphql.printSchema(await new Neo4jGraphQL({ typeDefs: baselineTypeDefs }).getSchema()));
    for (const shape of shapes) expect(errorsOf(schema, shape.requests.baseline.body), shape.name).toEqual([]);
  }, 60_000);

  it('are valid against our printed schema', () => {
    const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
    for (const shape of shapes) expect(errorsOf(schema, shape.requests.ours.body), shape.name).toEqual([]);
  });
});

describe('stats', () => {
  it('takes nearest-rank percentiles and medians', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(summarize([3, 1, 2]).median).toBe(2);
  });
});
