/**
 * Articles in two languages through the real extractor, loader and API: each article's language is
 * stored (given, or detected from its text), shown as `Article.language` and filterable.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDriver, resetGraph } from '../support/neo4j.ts';
import { ok, startApi, TEST_TOKEN, type TestApi } from './api-app.ts';

let driver: Driver;
let api: TestApi;
const auth = { authorization: `Bearer ${TEST_TOKEN}` };
const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { key language } pledges } }';
const ARTICLES = 'query($language: String) { articles(filter: { language: $language }, first: 50) { edges { node { key title language } } } }';

const VI = {
  title: 'Tập đoàn bán dẫn mở rộng tại Bắc Ninh',
  text: 'Tập đoàn bán dẫn mở rộng tại Bắc Ninh\nNgày 3/4/2025, Tập đoàn Hana Micron cam kết đầu tư thêm 250 triệu USD vào tỉnh Bắc Ninh trong 3 năm tới.',
  published: '2025-04-03',
};
const EN = {
  title: 'Chip packager expands in the north',
  text: 'Chip packager expands in the north\nHana Micron said on April 3 that it will invest an additional $250 million in the northern province over the next three years.',
  published: '2025-04-03',
};
const EN_LABELLED = {
  title: 'Short note',
  text: 'Short note\nHana Micron, Bắc Ninh.',
  published: '2025-04-04',
  language: 'en',
};

const keysOf = (data: Record<string, any>) => data.articles.edges.map((e: { node: { key: string } }) => e.node.key).sort(); // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver);
  api = await startApi(driver, { apiToken: TEST_TOKEN });
});

afterAll(async () => {
  await api?.app.close();
  await driver?.close();
});

describe('articles in two languages', () => {
  let vi: string;
  let en: string;
  let labelled: string;

  it('stores the language detected from the text, or the one given', async () => {
    const a = ok(await api.gql(INGEST, { input: VI }, auth)).ingestArticle;
    const b = ok(await api.gql(INGEST, { input: EN }, auth)).ingestArticle;
    const c = ok(await api.gql(INGEST, { input: EN_LABELLED }, auth)).ingestArticle;
    expect([a.article.language, b.article.language, c.article.language]).toEqual(['vi', 'en', 'en']);
    [vi, en, labelled] = [a.article.key, b.article.key, c.article.key];
  });

  it('filters articles by language', async () => {
    expect(keysOf(ok(await api.gql(ARTICLES, { language: 'en' })))).toEqual([en, labelled].sort());
    expect(keysOf(ok(await api.gql(ARTICLES, { language: 'vi' })))).toEqual([vi]);
    expect(keysOf(ok(await api.gql(ARTICLES, { language: 'EN' })))).toEqual([en, labelled].sort());
    expect(keysOf(ok(await api.gql(ARTICLES, {})))).toEqual([vi, en, labelled].sort());
    expect(keysOf(ok(await api.gql(ARTICLES, { language: 'fr' })))).toEqual([]);
  });

  it('shows the language on every article', async () => {
    const data = ok(await api.gql('query($id: ID!) { article(id: $id) { language } }', { id: en }));
    expect(data.article.language).toBe('en');
  });

  it('refuses a malformed language code', async () => {
    const res = await api.gql(ARTICLES, { language: 'not a code' });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
