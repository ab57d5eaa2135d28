/**
 * Decisions end to end on the seed graph, through the API (the real extractor and loader): each kind
 * survives a re-load of its article (rewritten, and deleted then loaded again, so its facts are made
 * anew) and a new article stating the same fact; undo restores what extraction says; concurrent
 * decisions on one fact take turns; a bad decision writes nothing.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExportNetwork } from '../../src/graph/read/export-network.ts';
import { dumpGraph } from '../fixtures/claims/load-helpers.ts';
import { createTestDriver, resetGraph } from '../support/neo4j.ts';
import { ok, startApi, type TestApi } from './api-app.ts';
import { loadSeedGraph } from './export-seed-graph.ts';

let driver: Driver;
let api: TestApi;
const ALICE = { authorization: 'Bearer alice-token-123' };
const BOB = { authorization: 'Bearer bob-token-4567' };

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver);
  await loadSeedGraph(driver);
  api = await startApi(driver, { apiTokens: 'alice:alice-token-123,bob:bob-token-4567', apiToken: 'shared-token-890' });
});
afterAll(async () => {
  await api?.app.close();
  await driver?.close();
});

const codes = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => (res.errors ?? []).map((e) => e.extensions?.code);
const one = async (query: string, params: Record<string, unknown> = {}) => (await driver.executeQuery(query, params)).records[0]?.toObject() ?? null;

const DECISION = 'key kind editor reason undone target';
const M = {
  reject: `mutation($i: FactDecisionInput!) { rejectFact(input: $i) { ${DECISION} } }`,
  confirm: `mutation($i: FactDecisionInput!) { confirmFact(input: $i) { ${DECISION} } }`,
  correct: `mutation($i: CorrectPledgeInput!) { correctPledge(input: $i) { ${DECISION} seq correction { amount unit amountUsd fields } } }`,
  rename: `mutation($i: RenameActorInput!) { renameActor(input: $i) { ${DECISION} } }`,
  merge: `mutation($i: MergeActorsInput!) { mergeActors(input: $i) { ${DECISION} actors { key } } }`,
  split: `mutation($i: SplitActorsInput!) { splitActors(input: $i) { ${DECISION} } }`,
  undo: `mutation($i: UndoDecisionInput!) { undoDecision(input: $i) { ${DECISION} undoes { key undone } } }`,
};

/** Re-loads: every seed article rewritten (a changed claimsHash), then the article stating `factKey` deleted and loaded again. */
async function reloadArticlesOf(factKey: string): Promise<void> {
  await driver.executeQuery("MATCH (a:Article) SET a.claimsHash = 'changed'");
  const rewritten = await loadSeedGraph(driver);
  expect(rewritten.loaded).toBeGreaterThan(0);
  // Every article stating it goes (the fact with it), then the seeds come back (new articles of earlier tests do not).
  const { records } = await driver.executeQuery('MATCH (e:Evidence {factKey: $k})-[:FROM_ARTICLE]->(a:Article) RETURN DISTINCT a.id AS id, a.file IS NOT NULL AS seed', { k: factKey });
  for (const r of records) ok(await api.gql('mutation($id: ID!) { deleteArticle(id: $id) }', { id: r.get('id') }, ALICE));
  expect(await one('MATCH (e:Evidence {factKey: $k}) RETURN count(e) AS n', { k: factKey })).toEqual({ n: expect.objectContaining({ low: 0 }) });
  expect((await loadSeedGraph(driver)).loaded).toBe(records.filter((r) => r.get('seed')).length);
}

/** A new article (another text, so another article) made of the quote that states `factKey`. */
async function ingestNewArticleStating(factKey: string, title: string): Promise<void> {
  const { quote } = (await one('MATCH (e:Evidence {factKey: $k}) RETURN e.quote AS quote LIMIT 1', { k: factKey })) as { quote: string };
  ok(await api.gql('mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { article { key } } }', { i: { title, text: `${title}\n${quote}`, published: '2025-03-01' } }, BOB));
  const { n } = (await one('MATCH (e:Evidence {factKey: $k}) RETURN count(DISTINCT e.articleId) AS n', { k: factKey })) as { n: { toNumber(): number } };
  expect(n.toNumber(), `${factKey} is stated by the new article too`).toBeGreaterThanOrEqual(2);
}

const NVIDIA_PARTNERS = `query($inc: Boolean) { actor(id: "nvidia") { partners(first: 50, includeRejected: $inc) { edges { node { key } relations { key type status decision { key editor kind } } } } } }`;
const nvidiaRelations = async (inc = false) => ok(await api.gql(NVIDIA_PARTNERS, { inc })).actor.partners.edges.flatMap((e: { relations: Array<{ key: string; status: string; decision: { editor: string } | null }> }) => e.relations);

describe('reject and confirm a relation', () => {
  const VISIT = 'rel:VISITS:pham-minh-chinh:nvidia';

  it('needs a token; the decision records the editor of the token (API_TOKEN: "api")', async () => {
    expect(codes(await api.gql(M.confirm, { i: { fact: VISIT } }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.gql(M.confirm, { i: { fact: VISIT } }, { authorization: 'Bearer nope-nope-nope' }))).toEqual(['UNAUTHENTICATED']);
    const confirmed = ok(await api.gql(M.confirm, { i: { fact: VISIT, reason: 'checked' } }, { authorization: 'Bearer shared-token-890' })).confirmFact;
    expect(confirmed).toMatchObject({ kind: 'CONFIRM', editor: 'api', reason: 'checked', target: VISIT, undone: false });
    expect((await nvidiaRelations()).find((r: { key: string }) => r.key === VISIT)).toMatchObject({ status: 'CONFIRMED', decision: { editor: 'api', kind: 'CONFIRM' } });
  });

  it('a rejected relation leaves partners, paths, network and exports, and is shown with includeRejected', async () => {
    const rejected = ok(await api.gql(M.reject, { i: { fact: VISIT, reason: 'the PM visited the US, not Nvidia' } }, ALICE)).rejectFact;
    expect(rejected).toMatchObject({ kind: 'REJECT', editor: 'alice' });
    expect((await nvidiaRelations()).map((r: { key: string }) => r.key)).not.toContain(VISIT);
    expect((await nvidiaRelations(true)).find((r: { key: string }) => r.key === VISIT)).toMatchObject({ status: 'REJECTED', decision: { key: rejected.key } });
    const net = ok(await api.gql('query($inc: Boolean) { network(filter: { includeRejected: $inc, limit: 5000 }) { edges { id review } } }', { inc: false })).network.edges;
    expect(net.map((e: { id: string }) => e.id)).not.toContain(VISIT);
    const netAll = ok(await api.gql('{ network(filter: { includeRejected: true, limit: 5000 }) { edges { id review } } }')).network.edges;
    expect(netAll).toContainEqual({ id: VISIT, review: 'REJECTED' });
    const session = driver.session();
    try {
      const plain = await session.executeRead((tx) => readExportNetwork(tx, { sector: null, country: null, types: null, since: null, until: null }));
      expect(plain.edges.map((e) => e.id)).not.toContain(VISIT);
      const all = await session.executeRead((tx) => readExportNetwork(tx, { sector: null, country: null, types: null, since: null, until: null, includeRejected: true }));
      expect(all.edges.find((e) => e.id === VISIT)?.review).toBe('REJECTED');
    } finally {
      await session.close();
    }
    const hops = async (inc: boolean) => ok(await api.gql('query($inc: Boolean) { paths(from: "pham-minh-chinh", to: "nvidia", includeRejected: $inc) { length hops { relation { key } } } }', { inc })).paths;
    expect((await hops(true))[0].length).toBe(1);
    for (const p of await hops(false)) expect(p.hops.map((h: { relation: { key: string } }) => h.relation.key)).not.toContain(VISIT);
  });

  it('stays rejected when its article is re-loaded and when a new article states it', async () => {
    await reloadArticlesOf(VISIT);
    expect((await nvidiaRelations(true)).find((r: { key: string }) => r.key === VISIT)?.status).toBe('REJECTED');
    await ingestNewArticleStating(VISIT, 'Thủ tướng thăm Nvidia');
    expect((await nvidiaRelations(true)).find((r: { key: string }) => r.key === VISIT)?.status).toBe('REJECTED');
    expect((await nvidiaRelations()).map((r: { key: string }) => r.key)).not.toContain(VISIT);
  });

  it('undo restores the decision before it, then extraction', async () => {
    const [reject, confirm] = ok(await api.gql(`query($t: String) { decisions(target: $t, first: 10) { edges { node { key kind } } } }`, { t: VISIT })).decisions.edges.map((e: { node: { key: string } }) => e.node.key);
    const undone = ok(await api.gql(M.undo, { i: { decision: reject, reason: 'wrong call' } }, BOB)).undoDecision;
    expect(undone).toMatchObject({ kind: 'UNDO', editor: 'bob', undoes: { key: reject, undone: true } });
    expect((await nvidiaRelations()).find((r: { key: string }) => r.key === VISIT)?.status).toBe('CONFIRMED');
    ok(await api.gql(M.undo, { i: { decision: confirm } }, BOB));
    expect((await nvidiaRelations()).find((r: { key: string }) => r.key === VISIT)).toMatchObject({ status: 'EXTRACTED', decision: null });
  });
});

describe('correct and confirm a pledge', () => {
  const DENMARK = 'pledge:p-11e0bce1c52f00c3';
  const ARM = 'pledge:p-d910c3295e318375';
  const PLEDGE = 'query($id: ID!) { node(id: $id) { ... on Pledge { key amount unit amountUsd amountText review status by { key } to { key } decision { kind editor } } } }';
  const pledge = async (key: string) => {
    const { records } = await driver.executeQuery('MATCH (p:Pledge {id: $id}) RETURN p.id AS id', { id: key.slice(7) });
    expect(records.length).toBe(1);
    const gid = Buffer.from(`Pledge:${key.slice(7)}`).toString('base64');
    return ok(await api.gql(PLEDGE, { id: gid })).node;
  };
  let extracted: Record<string, unknown>;

  it('a correction changes the values (USD recomputed), the totals follow, and loads keep it', async () => {
    extracted = await pledge(DENMARK);
    const total = async () => ok(await api.gql('{ pledges(filter: { by: "denmark" }) { totalUsd } }')).pledges.totalUsd;
    const before = await total();
    const c = ok(await api.gql(M.correct, { i: { pledge: DENMARK.slice(7), amount: 2_000_000_000, unit: 'EUR', status: 'COMMITTED', reason: 'the article gives 2 bn euros' } }, ALICE)).correctPledge;
    expect(c.correction).toEqual({ amount: 2e9, unit: 'EUR', amountUsd: 2.16e9, fields: ['amount', 'unit', 'status', 'amountUsd', 'amountText'] });
    const after = { amount: 2e9, unit: 'EUR', amountUsd: 2.16e9, review: 'CORRECTED', status: 'COMMITTED' };
    expect(await pledge(DENMARK)).toMatchObject(after);
    expect(await total()).toBeCloseTo(before - (extracted.amountUsd as number ?? 0) + 2.16e9);
    await reloadArticlesOf(DENMARK);
    expect(await pledge(DENMARK)).toMatchObject(after);
    await ingestNewArticleStating(DENMARK, 'Đan Mạch ký hợp đồng');
    expect(await pledge(DENMARK)).toMatchObject(after);
  });

  it('a correction of who receives it moves the link; undo restores what extraction says', async () => {
    const c = ok(await api.gql(M.correct, { i: { pledge: DENMARK.slice(7), to: null } }, BOB)).correctPledge;
    expect((await pledge(DENMARK)).to).toBeNull();
    await reloadArticlesOf(DENMARK);
    expect((await pledge(DENMARK)).to).toBeNull();
    const decisions = ok(await api.gql('query($t: String) { decisions(target: $t) { edges { node { key kind } } } }', { t: DENMARK })).decisions.edges.map((e: { node: { key: string } }) => e.node.key);
    expect(decisions[0]).toBe(c.key);
    for (const key of decisions) ok(await api.gql(M.undo, { i: { decision: key } }, ALICE));
    expect(await pledge(DENMARK)).toEqual({ ...extracted, review: 'EXTRACTED', decision: null });
  });

  it('confirm survives re-loads and a new article', async () => {
    ok(await api.gql(M.confirm, { i: { fact: ARM } }, ALICE));
    await reloadArticlesOf(ARM);
    expect((await pledge(ARM)).review).toBe('CONFIRMED');
    await ingestNewArticleStating(ARM, 'ARM hỗ trợ các trường đại học');
    expect(await pledge(ARM)).toMatchObject({ review: 'CONFIRMED', decision: { kind: 'CONFIRM', editor: 'alice' } });
  });

  it('a rejected pledge leaves pledges, totals and pledgesMade unless asked for', async () => {
    const total = async (inc: boolean) => ok(await api.gql('query($inc: Boolean) { pledges(filter: { includeRejected: $inc }) { totalCount } pledgeTotals(groupBy: INVESTOR, filter: { includeRejected: $inc }) { key count } }', { inc }));
    const before = await total(false);
    const r = ok(await api.gql(M.reject, { i: { fact: ARM } }, ALICE)).rejectFact;
    const after = await total(false);
    expect(after.pledges.totalCount).toBe(before.pledges.totalCount - 1);
    expect((await total(true)).pledges.totalCount).toBe(before.pledges.totalCount);
    expect(ok(await api.gql('{ actor(id: "arm") { pledgesMade { key } all: pledgesMade(includeRejected: true) { key review } } }')).actor.all).toContainEqual({ key: ARM.slice(7), review: 'REJECTED' });
    ok(await api.gql(M.undo, { i: { decision: r.key } }, ALICE));
  });
});

describe('rename, merge and split actors', () => {
  it('a rename is kept by loads (the gazetteer does not override it); the old name stays findable; undo restores it', async () => {
    const r = ok(await api.gql(M.rename, { i: { actor: 'nvidia', name: 'NVIDIA Corporation', reason: 'legal name' } }, ALICE)).renameActor;
    const actor = async () => ok(await api.gql('{ actor(id: "nvidia") { name kind aliases } }')).actor;
    expect(await actor()).toMatchObject({ name: 'NVIDIA Corporation', kind: 'COMPANY' });
    expect((await actor()).aliases).toContain('Nvidia');
    await reloadArticlesOf('actor:nvidia');
    expect((await actor()).name).toBe('NVIDIA Corporation');
    await ingestNewArticleStating('rel:VISITS:pham-minh-chinh:nvidia', 'Nvidia đón Thủ tướng');
    expect((await actor()).name).toBe('NVIDIA Corporation');
    expect(ok(await api.gql('{ actor(name: "nvidia corporation") { key } }')).actor.key).toBe('nvidia');
    ok(await api.gql(M.undo, { i: { decision: r.key } }, ALICE));
    expect((await actor()).name).toBe('Nvidia');
  });

  it('a merge moves every fact to the actor kept and stays merged through re-loads and new articles; undo splits them again', async () => {
    const relsOf = async (id: string) => ((await one('MATCH (a:Actor {id: $id}) RETURN COUNT { (a)--() } AS n', { id })) as { n: { toNumber(): number } } | null)?.n.toNumber() ?? null;
    expect(await relsOf('california')).toBeGreaterThan(0);
    const m = ok(await api.gql(M.merge, { i: { keep: 'silicon-valley', merge: 'california', reason: 'test' } }, ALICE)).mergeActors;
    expect(m.actors).toEqual([{ key: 'silicon-valley' }]);
    expect(await relsOf('california')).toBeNull();
    expect(await one("MATCH (e:Evidence {factKey: 'actor:california'}) RETURN count(e) AS n")).toEqual({ n: expect.objectContaining({ low: 0 }) });
    // The seed files, planned again with the merge, are what the decision made of them already.
    expect((await loadSeedGraph(driver)).loaded).toBe(0);
    await reloadArticlesOf('actor:silicon-valley');
    expect(await relsOf('california')).toBeNull();
    await ingestNewArticleStating('rel:LOCATED_IN:nvidia:silicon-valley', 'Nvidia ở California');
    expect(await relsOf('california')).toBeNull();
    ok(await api.gql(M.undo, { i: { decision: m.key } }, ALICE));
    expect(await relsOf('california')).toBeGreaterThan(0);
    expect((await loadSeedGraph(driver)).loaded).toBe(0);
  });

  it('split and merge refuse what the seeds decided (nic / nic-hoa-lac are kept apart)', async () => {
    const split = await api.gql(M.split, { i: { actors: ['nic', 'nic-hoa-lac'] } }, ALICE);
    expect(codes(split)).toEqual(['BAD_USER_INPUT']);
    expect(split.errors?.[0]?.message).toMatch(/seed-split-nic-nic-hoa-lac/);
    expect(codes(await api.gql(M.merge, { i: { keep: 'nic', merge: 'nic-hoa-lac' } }, ALICE))).toEqual(['BAD_USER_INPUT']);
    const s = ok(await api.gql(M.split, { i: { actors: ['marvell', 'marvell-technology-vn'] } }, ALICE)).splitActors;
    expect(s).toMatchObject({ kind: 'SPLIT', target: 'actor:marvell' });
    expect(codes(await api.gql(M.merge, { i: { keep: 'marvell', merge: 'arm' } }, ALICE))).toEqual([]);
  });
});

describe('bad decisions', () => {
  it('are refused with BAD_USER_INPUT or NOT_FOUND and write nothing', async () => {
    const before = await dumpGraph(driver);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [M.merge, { keep: 'vietnam', merge: 'vietnam' }, 'BAD_USER_INPUT'],
      [M.merge, { keep: 'vietnam', merge: 'no-such-actor' }, 'NOT_FOUND'],
      [M.merge, { keep: 'Việt Nam', merge: 'laos' }, 'BAD_USER_INPUT'],
      [M.split, { actors: ['vietnam'] }, 'BAD_USER_INPUT'],
      [M.split, { actors: ['nobody-a', 'nobody-b'] }, 'NOT_FOUND'],
      [M.rename, { actor: 'vietnam' }, 'BAD_USER_INPUT'],
      [M.rename, { actor: 'vietnam', name: 'Việt Nam' }, 'BAD_USER_INPUT'],
      [M.rename, { actor: 'nobody', name: 'X' }, 'NOT_FOUND'],
      [M.reject, { fact: 'rel:INVESTS_IN:nobody:vietnam' }, 'NOT_FOUND'],
      [M.reject, { fact: 'pledge:p-0000000000000000' }, 'NOT_FOUND'],
      [M.reject, { fact: 'nvidia' }, 'BAD_USER_INPUT'],
      [M.reject, { fact: 'rel:INVESTS_IN:a:b', reason: 'x'.repeat(2001) }, 'BAD_USER_INPUT'],
      [M.correct, { pledge: 'p-11e0bce1c52f00c3' }, 'BAD_USER_INPUT'],
      [M.correct, { pledge: 'p-11e0bce1c52f00c3', amount: -1 }, 'BAD_USER_INPUT'],
      [M.correct, { pledge: 'p-11e0bce1c52f00c3', to: 'denmark' }, 'BAD_USER_INPUT'],
      [M.correct, { pledge: 'p-11e0bce1c52f00c3', by: 'nobody' }, 'NOT_FOUND'],
      [M.correct, { pledge: 'p-11e0bce1c52f00c3', periodStart: 2030, periodEnd: 2025 }, 'BAD_USER_INPUT'],
      [M.correct, { pledge: 'p-0000000000000000', amount: 5 }, 'NOT_FOUND'],
      [M.undo, { decision: 'no-such-decision' }, 'NOT_FOUND'],
    ];
    for (const [query, input, code] of cases) expect(codes(await api.gql(query, { i: input }, ALICE)), JSON.stringify(input)).toEqual([code]);
    const undo = ok(await api.gql('{ decisions(first: 50) { edges { node { key kind undone } } } }')).decisions.edges.map((e: { node: { key: string; kind: string; undone: boolean } }) => e.node);
    expect(codes(await api.gql(M.undo, { i: { decision: undo.find((d: { kind: string }) => d.kind === 'UNDO').key } }, ALICE))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql(M.undo, { i: { decision: undo.find((d: { undone: boolean }) => d.undone).key } }, ALICE))).toEqual(['BAD_USER_INPUT']);
    expect(await dumpGraph(driver)).toEqual(before);
  });
});

describe('concurrent decisions on one fact', () => {
  it('take turns: every correction lands with its own seq and the last one wins; of two rejections one is refused', async () => {
    const amounts = [1, 2, 3, 4, 5, 6].map((n) => n * 1e8);
    const results = await Promise.all(amounts.map((amount, i) => api.gql(M.correct, { i: { pledge: 'p-11e0bce1c52f00c3', amount } }, i % 2 ? ALICE : BOB)));
    const made = results.map((r) => ok(r).correctPledge as { seq: number; correction: { amount: number } });
    const seqs = made.map((d) => d.seq).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(6);
    expect(seqs.at(-1)! - seqs[0]!).toBe(5);
    const last = made.find((d) => d.seq === seqs.at(-1))!;
    const { amount } = (await one('MATCH (p:Pledge {id: "p-11e0bce1c52f00c3"}) RETURN p.amount AS amount')) as { amount: number };
    expect(amount).toBe(last.correction.amount);
    const both = await Promise.all([ALICE, BOB].map((h) => api.gql(M.reject, { i: { fact: 'rel:VISITS:pham-minh-chinh:united-states' } }, h)));
    expect(both.map(codes).sort()).toEqual([[], ['BAD_USER_INPUT']]);
  });
});

describe('the audit list', () => {
  it('pages newest first with keyset cursors', async () => {
    const all = ok(await api.gql('{ decisions(first: 50) { edges { node { seq } } } }')).decisions.edges.map((e: { node: { seq: number } }) => e.node.seq);
    expect(all).toEqual([...all].sort((a: number, b: number) => b - a));
    const first = ok(await api.gql('{ decisions(first: 3) { edges { node { seq } } pageInfo { hasNextPage endCursor } } }')).decisions;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = ok(await api.gql('query($a: String) { decisions(first: 3, after: $a) { edges { node { seq } } } }', { a: first.pageInfo.endCursor })).decisions;
    expect([...first.edges, ...next.edges].map((e: { node: { seq: number } }) => e.node.seq)).toEqual(all.slice(0, 6));
  });
});
