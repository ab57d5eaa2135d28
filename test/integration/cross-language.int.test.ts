/**
 * One event reported in Vietnamese and in English: through the real extractor, loader and API, each
 * entity is one actor whatever language (and diacritics) named it, and the pledge is one pledge with
 * evidence from both articles.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDriver, resetGraph } from '../support/neo4j.ts';
import { ok, startApi, TEST_TOKEN, type TestApi } from './api-app.ts';

let driver: Driver;
let api: TestApi;
const auth = { authorization: `Bearer ${TEST_TOKEN}` };
const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { key language } pledges } }';

const VI = {
  title: 'Một tập đoàn công nghệ rót vốn vào TP.HCM',
  text: 'Một tập đoàn công nghệ rót vốn vào TP.HCM\nNgày 10/3/2025, Tập đoàn FPT cam kết đầu tư 200 triệu USD vào TP.HCM để xây dựng trung tâm dữ liệu. '
    + 'Chủ tịch FPT Trương Gia Bình đã làm việc với Bộ Kế hoạch và Đầu tư về dự án tại Việt Nam.',
  published: '2025-03-10',
};
const EN = {
  title: 'Tech group to build a data centre in the south',
  text: 'Tech group to build a data centre in the south\nOn March 10, 2025, FPT Corporation pledged to invest $200 million in Ho Chi Minh City to build a data centre. '
    + 'FPT chairman Truong Gia Binh met the Ministry of Planning and Investment about the project in Vietnam.',
  published: '2025-03-10',
};

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver);
  api = await startApi(driver, { apiToken: TEST_TOKEN });
  for (const input of [VI, EN]) ok(await api.gql(INGEST, { input }, auth));
});
afterAll(async () => {
  await api?.app.close();
  await driver?.close();
});

describe('one event in two languages', () => {
  it('both articles are in the graph, one Vietnamese and one English', async () => {
    const data = ok(await api.gql('{ articles(first: 10) { edges { node { language } } } }'));
    expect(data.articles.edges.map((e: { node: { language: string } }) => e.node.language).sort()).toEqual(['en', 'vi']);
  });

  it.each([
    ['Vietnam', 'Việt Nam'],
    ['Ho Chi Minh City', 'TP.HCM'],
    ['Ministry of Planning and Investment', 'Bộ Kế hoạch và Đầu tư'],
    ['Truong Gia Binh', 'Trương Gia Bình'],
    ['FPT Corporation', 'Tập đoàn FPT'],
  ])('"%s" and "%s" are one actor: a search for either finds it first', async (english, vietnamese) => {
    const topActor = async (text: string) => {
      const data = ok(await api.gql('query($t: String!) { search(text: $t, first: 3) { node { __typename ... on Actor { key } } } }', { t: text }));
      return data.search.find((hit: { node: { __typename: string } }) => hit.node.__typename === 'Actor')?.node.key as string | undefined;
    };
    const found = await topActor(english);
    expect(found).toBeTruthy();
    expect(await topActor(vietnamese)).toBe(found);
  });

  it('no entity is there twice under two spellings', async () => {
    const data = ok(await api.gql('{ actors(first: 50) { edges { node { key } } } }'));
    expect(data.actors.edges.map((e: { node: { key: string } }) => e.node.key).sort()).toEqual(['fpt', 'ho-chi-minh-city', 'mpi', 'truong-gia-binh', 'vietnam']);
  });

  it('the pledge is one pledge, with evidence from the Vietnamese and the English article', async () => {
    const data = ok(await api.gql('{ pledges(filter: { by: "fpt" }, first: 10) { totalCount edges { node { amountUsd to { key } evidence { quote article { language } } } } } }'));
    expect(data.pledges.totalCount).toBe(1);
    const pledge = data.pledges.edges[0].node;
    expect(pledge).toMatchObject({ amountUsd: 2e8, to: { key: 'ho-chi-minh-city' } });
    expect(pledge.evidence.map((e: { article: { language: string } }) => e.article.language).sort()).toEqual(['en', 'vi']);
  });
});
