import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../support/neo4j.ts';
import { closeFixtureApi, ok, openFixtureApi, startApi, TEST_TOKEN, type TestApi } from './api-app.ts';

let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  ({ driver, api } = await openFixtureApi({ apiToken: TEST_TOKEN, maxPageSize: 50 }));
});

afterAll(() => closeFixtureApi(driver, api));

const codes = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => (res.errors ?? []).map((e) => e.extensions?.code);

describe('error codes', () => {
  it('NOT_FOUND for missing actors, sectors and articles', async () => {
    for (const q of ['{ actor(id: "nobody") { name } }', '{ actor(name: "No Such Company") { name } }', '{ sector(id: "basket-weaving") { name } }', '{ article(id: "nope") { title } }', '{ paths(from: "nobody", to: "nvidia") { length } }']) {
      expect(codes(await api.gql(q)), q).toEqual(['NOT_FOUND']);
    }
  });

  it('BAD_USER_INPUT for bad arguments', async () => {
    const cases = [
      '{ actors(first: 51) { edges { cursor } } }',
      '{ actors(first: -1) { edges { cursor } } }',
      '{ actors(last: 5) { edges { cursor } } }',
      '{ actors(after: "not-a-cursor") { edges { cursor } } }',
      '{ pledges(after: "WyJhIiwiYiJd") { edges { cursor } } }',
      '{ actor(id: "nvidia", name: "Nvidia") { name } }',
      '{ actor { name } }',
      `{ search(text: "${'x'.repeat(201)}") { name } }`,
      '{ search(text: "nvidia", first: 51) { name } }',
      '{ pledges(filter: { since: "last year" }) { totalCount } }',
      '{ pledges(filter: { minUsd: -5 }) { totalCount } }',
      '{ paths(from: "nvidia", to: "nic-hoa-lac", maxHops: 5) { length } }',
      '{ network(filter: { limit: 100000 }) { edges { id } } }',
      '{ actor(id: "nvidia") { partners(since: "June") { edges { cursor } } } }',
    ];
    for (const q of cases) expect(codes(await api.gql(q)), q).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects queries that are too deep or use too many aliases, before touching the graph', async () => {
    let nested = 'name';
    for (let i = 0; i < 14; i++) nested = `country { ${nested} }`;
    const deep = await api.gql(`{ actor(id: "nvidia") { ${nested} } }`);
    expect(deep.errors?.[0]?.message).toMatch(/depth/i);
    expect(codes(deep)).toEqual(['BAD_USER_INPUT']);
    expect(deep.data ?? null).toBeNull();
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: sectors { key }`).join(' ');
    const aliased = await api.gql(`{ ${aliases} }`);
    expect(aliased.errors?.[0]?.message).toMatch(/alias/i);
    expect(codes(aliased)).toEqual(['BAD_USER_INPUT']);
    const costly = await api.gql('{ actors(first: 50) { edges { node { partners(first: 50) { edges { node { partners(first: 50) { edges { node { name } } } } } } } } } }');
    expect(costly.errors?.[0]?.message).toMatch(/cost/i);
    expect(codes(costly)).toEqual(['BAD_USER_INPUT']);
    const tokens = await api.gql(`{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`);
    expect(tokens.errors?.[0]?.message).toMatch(/token/i);
  });
});

describe('mutations', () => {
  const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { key title published } actors pledges relations evidence } }`;
  const article = {
    title: 'Nvidia hợp tác với Việt Nam',
    text: 'Nvidia hợp tác với Việt Nam về trí tuệ nhân tạo\nNgày 5/12/2024, Tập đoàn Nvidia ký thỏa thuận hợp tác với Chính phủ Việt Nam để thành lập trung tâm nghiên cứu và phát triển AI tại Việt Nam.',
    published: '2024-12-05',
    outlet: 'VnExpress',
  };

  it('refuse without a valid bearer token and write nothing', async () => {
    const before = await countGraph(driver);
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer wrong-token-123' }, { authorization: TEST_TOKEN }, { authorization: `Basic ${TEST_TOKEN}` }]) {
      expect(codes(await api.gql(INGEST, { input: article }, headers))).toEqual(['UNAUTHENTICATED']);
    }
    expect(codes(await api.gql('mutation { deleteArticle(id: "x") }'))).toEqual(['UNAUTHENTICATED']);
    expect(await countGraph(driver)).toEqual(before);
  });

  it('refuse when no API token is configured, whatever the header says', async () => {
    const closed = await startApi(driver);
    try {
      expect(codes(await closed.gql(INGEST, { input: article }, { authorization: `Bearer ${TEST_TOKEN}` }))).toEqual(['UNAUTHENTICATED']);
    } finally {
      await closed.app.close();
    }
  });

  it('ingest an article with the real extractor and loader, then delete it', async () => {
    const auth = { authorization: `Bearer ${TEST_TOKEN}` };
    const res = ok(await api.gql(INGEST, { input: article }, auth)).ingestArticle;
    expect(res.article).toMatchObject({ title: article.title, published: '2024-12-05' });
    expect(res.actors).toBeGreaterThanOrEqual(2);
    expect(res.evidence).toBeGreaterThan(0);
    const mentions = ok(await api.gql('query($m: String) { articles(filter: { mentions: $m }, first: 50) { edges { node { key } } } }', { m: 'nvidia' }));
    expect(mentions.articles.edges.map((e: { node: { key: string } }) => e.node.key)).toContain(res.article.key);

    expect(ok(await api.gql('mutation($id: ID!) { deleteArticle(id: $id) }', { id: res.article.key }, auth)).deleteArticle).toBe(true);
    expect(codes(await api.gql('query($id: ID!) { article(id: $id) { title } }', { id: res.article.key }))).toEqual(['NOT_FOUND']);
    expect(ok(await api.gql('mutation($id: ID!) { deleteArticle(id: $id) }', { id: res.article.key }, auth)).deleteArticle).toBe(false);
  });

  it('keep a running total as a cumulative pledge, out of the totals', async () => {
    const auth = { authorization: `Bearer ${TEST_TOKEN}` };
    const input = {
      title: 'Hyosung tăng vốn',
      text: 'Hyosung tăng vốn\nNgày 2/3/2025, Tập đoàn Hyosung cam kết đầu tư thêm 400 triệu USD, nâng tổng vốn đầu tư của tập đoàn tại Việt Nam lên 5 tỷ USD.',
      published: '2025-03-02',
    };
    const res = ok(await api.gql(INGEST, { input }, auth)).ingestArticle;
    try {
      const q = 'query($by: String) { pledges(filter: { by: $by }, first: 10) { totalUsd edges { node { amountUsd cumulative } } } }';
      const data = ok(await api.gql(q, { by: 'hyosung' })).pledges;
      expect(data.edges.map((e: { node: { amountUsd: number; cumulative: boolean } }) => [e.node.amountUsd, e.node.cumulative]).sort()).toEqual([[4e8, false], [5e9, true]]);
      expect(data.totalUsd).toBe(4e8);
      const totals = ok(await api.gql('{ pledgeTotals(groupBy: INVESTOR) { key totalUsd } }')).pledgeTotals;
      expect(totals.find((t: { key: string }) => t.key === 'hyosung')?.totalUsd).toBe(4e8);
    } finally {
      await api.gql('mutation($id: ID!) { deleteArticle(id: $id) }', { id: res.article.key }, auth);
    }
  });

  it('refuse oversized or malformed input with BAD_USER_INPUT', async () => {
    const auth = { authorization: `Bearer ${TEST_TOKEN}` };
    expect(codes(await api.gql(INGEST, { input: { ...article, text: 'a'.repeat(200_001) } }, auth))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql(INGEST, { input: { ...article, published: '5 tháng 12' } }, auth))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql(INGEST, { input: { ...article, title: '   ' } }, auth))).toEqual(['BAD_USER_INPUT']);
  });

  it('mask unexpected errors', async () => {
    const leaky = await startApi(driver, {
      apiToken: TEST_TOKEN,
      writer: { ingest: () => Promise.reject(new Error('secret stack detail at /srv/app.ts')), delete: () => Promise.resolve(false) },
    });
    try {
      const res = await leaky.gql(INGEST, { input: article }, { authorization: `Bearer ${TEST_TOKEN}` });
      expect(JSON.stringify(res.errors)).not.toContain('secret');
      expect(res.errors?.[0]?.message).toBe('Unexpected error.');
    } finally {
      await leaky.app.close();
    }
  });
});

describe('health, readiness and an unreachable Neo4j', () => {
  it('report health and readiness', async () => {
    expect((await api.app.inject('/health')).statusCode).toBe(200);
    const ready = await api.app.inject('/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ neo4j: true });
  });

  it('stay up with Neo4j unreachable: /ready is 503 and queries get UNAVAILABLE', async () => {
    // Short retry window: executeRead otherwise retries an unreachable server for 30 s per query.
    const deadDriver = neo4j.driver('bolt://127.0.0.1:1', undefined, { connectionAcquisitionTimeout: 2000, connectionTimeout: 1000, maxTransactionRetryTime: 1000 });
    const down = await startApi(deadDriver);
    try {
      expect((await down.app.inject('/health')).statusCode).toBe(200);
      expect((await down.app.inject('/ready')).statusCode).toBe(503);
      expect(codes(await down.gql('{ actor(id: "nvidia") { name } }'))).toEqual(['UNAVAILABLE']);
      expect(codes(await down.gql('{ sectors { key } }'))).toEqual(['UNAVAILABLE']);
    } finally {
      await down.app.close();
      await deadDriver.close();
    }
  });
});

describe('GraphiQL', () => {
  it('is served at GET /graphql with its assets inline (no CDN) and the showcase query', async () => {
    const res = await api.app.inject({ method: 'GET', url: '/graphql', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).not.toMatch(/unpkg\.com|jsdelivr|cdnjs|esm\.sh/);
    expect(res.body).toContain('nvidiaToVietnam');
  });

  it('runs its showcase query within the limits', async () => {
    const { DEFAULT_GRAPHIQL_QUERY } = await import('../../src/http/default-query.ts');
    const data = ok(await api.gql(DEFAULT_GRAPHIQL_QUERY));
    expect(data.samsung.name).toBe('Samsung Electronics');
    expect(data.nvidiaToVietnam[0].length).toBe(2);
  });
});
