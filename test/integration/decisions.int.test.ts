/**
 * Decisions end to end on the seed graph, through the API (the real extractor and loader): each kind
 * survives a re-load of its article (rewritten, and deleted then loaded again, so its facts are made
 * anew) and a new article stating the same fact; undo restores what extraction says; concurrent
 * decisions on one fact take turns; a bad decision writes nothing.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiGraph } from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSeedsLoaded } from '../../src/graph/load/ensure-seeds.ts';
import { readExportNetwork } from '../../src/graph/read/export-network.ts';
import { dumpGraph } from '../fixtures/claims/load-helpers.ts';
import { createTestDriver, resetGraph } from '../support/neo4j.ts';
import { ok, startApi, type TestApi } from './api-app.ts';
import { loadSeedGraph } from './export-seed-graph.ts';

let driver: Driver;
let api: TestApi;
const pledgeIds: Record<'denmark' | 'arm', string> = { denmark: '', arm: '' };
const DENMARK_ID = () => pledgeIds.denmark;
const ALICE = { authorization: 'Bearer alice-token-123' };
const BOB = { authorization: 'Bearer bob-token-4567' };

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver);
  await loadSeedGraph(driver);
  api = await startApi(driver, { apiTokens: 'alice:alice-token-123,bob:bob-token-4567', apiToken: 'shared-token-890' });
  // The seeds' one pledge of Denmark and of Arm (their keys are hashes of what extraction says).
  for (const [by, name] of [['denmark', 'denmark'], ['arm', 'arm']] as const) {
    const { records } = await driver.executeQuery('MATCH (:Actor {id: $by})-[:MADE]->(p:Pledge) RETURN p.id AS id', { by });
    expect(records.length, `${by} makes one pledge in the seeds`).toBe(1);
    pledgeIds[name] = records[0]!.get('id') as string;
  }
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

/**
 * A new article (another text, so another article) made of the quote that states `factKey`. Its date
 * resolves relative periods ("trong 5 năm tới"): `published: null` for a pledge whose seed has no date,
 * or the period, part of a pledge's key, makes it another pledge.
 */
async function ingestNewArticleStating(factKey: string, title: string, published: string | null = '2025-03-01'): Promise<void> {
  const { quote } = (await one('MATCH (e:Evidence {factKey: $k}) RETURN e.quote AS quote LIMIT 1', { k: factKey })) as { quote: string };
  ok(await api.gql('mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { article { key } } }', { i: { title, text: `${title}\n${quote}`, published } }, BOB));
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
  let DENMARK = '';
  let ARM = '';
  beforeAll(() => {
    DENMARK = `pledge:${pledgeIds.denmark}`;
    ARM = `pledge:${pledgeIds.arm}`;
  });
  const PLEDGE = 'query($id: ID!) { node(id: $id) { ... on Pledge { key amount unit amountUsd amountText review status periodStart periodEnd by { key } to { key } decision { kind editor } } } }';
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

  it('a rejected pledge leaves pledges, totals and pledgesMade unless asked for; undo brings it back as it was', async () => {
    type Totals = { pledges: { totalCount: number }; pledgeTotals: Array<{ key: string; count: number }> };
    const total = async (inc: boolean): Promise<Totals> => ok(await api.gql('query($inc: Boolean) { pledges(filter: { includeRejected: $inc }) { totalCount } pledgeTotals(groupBy: INVESTOR, filter: { includeRejected: $inc }) { key count } }', { inc })) as Totals;
    const armGroup = (t: Totals) => t.pledgeTotals.find((g) => g.key === 'arm') ?? null;
    const made = async () => ok(await api.gql('{ actor(id: "arm") { pledgesMade { key review } all: pledgesMade(includeRejected: true) { key review } } }')).actor as { pledgesMade: Array<{ key: string; review: string }>; all: Array<{ key: string; review: string }> };
    const before = await total(false);
    expect(armGroup(before)).toEqual({ key: 'arm', count: 1 });
    // Confirmed by the test before this one.
    expect((await made()).pledgesMade).toContainEqual({ key: ARM.slice(7), review: 'CONFIRMED' });
    const r = ok(await api.gql(M.reject, { i: { fact: ARM } }, ALICE)).rejectFact;
    const after = await total(false);
    expect(after.pledges.totalCount).toBe(before.pledges.totalCount - 1);
    expect(armGroup(after)).toBeNull();
    const all = await total(true);
    expect(all.pledges.totalCount).toBe(before.pledges.totalCount);
    expect(armGroup(all)).toEqual({ key: 'arm', count: 1 });
    const rejected = await made();
    expect(rejected.pledgesMade.map((p) => p.key)).not.toContain(ARM.slice(7));
    expect(rejected.all).toContainEqual({ key: ARM.slice(7), review: 'REJECTED' });
    ok(await api.gql(M.undo, { i: { decision: r.key } }, ALICE));
    expect(await total(false)).toEqual(before);
    expect((await made()).pledgesMade).toContainEqual({ key: ARM.slice(7), review: 'CONFIRMED' });
  });

  it('a rejected pledge with an amount leaves totalUsd, every grouping, the network and the exports, stays rejected through loads, and undo restores them', async () => {
    const { records } = await driver.executeQuery("MATCH (:Actor {id: 'hyosung'})-[:MADE]->(p:Pledge) RETURN p.id AS id, p.amountUsd AS usd");
    expect(records.length, 'hyosung makes one pledge in the seeds').toBe(1);
    const id = records[0]!.get('id') as string;
    const KEY = `pledge:${id}`;
    // "300 triệu USD" in seed 000.
    expect(records[0]!.get('usd')).toBe(3e8);
    type Group = { key: string; count: number; totalUsd: number };
    const sums = async (inc: boolean) => {
      const d = ok(await api.gql(`query($inc: Boolean) {
        pledges(filter: { includeRejected: $inc }) { totalCount totalUsd }
        byInvestor: pledgeTotals(groupBy: INVESTOR, filter: { includeRejected: $inc }) { key count totalUsd }
        byCountry: pledgeTotals(groupBy: INVESTOR_COUNTRY, filter: { includeRejected: $inc }) { key count totalUsd }
        actor(id: "hyosung") { pledgesMade(includeRejected: $inc) { key review decision { kind editor } } } }`, { inc }));
      return {
        count: d.pledges.totalCount as number,
        usd: d.pledges.totalUsd as number,
        hyosung: (d.byInvestor as Group[]).find((g) => g.key === 'hyosung') ?? null,
        korea: (d.byCountry as Group[]).find((g) => g.key === 'south-korea') ?? null,
        made: (d.actor.pledgesMade as Array<{ key: string; review: string; decision: { kind: string; editor: string } | null }>).find((p) => p.key === id) ?? null,
      };
    };
    const network = async (inc: boolean) => (ok(await api.gql('query($inc: Boolean) { network(filter: { includeRejected: $inc, types: [PLEDGE], limit: 5000 }) { edges { id review amountUsd } } }', { inc })).network.edges as Array<{ id: string }>).find((e) => e.id === KEY) ?? null;
    const exported = async (qs: string) => {
      const csv = parseCsv((await api.app.inject({ method: 'GET', url: `/export/edges.csv${qs}` })).body, { columns: true }) as Array<Record<string, string>>;
      const json = MultiGraph.from(JSON.parse((await api.app.inject({ method: 'GET', url: `/export/network.json${qs}` })).body));
      return { csv: csv.find((r) => r.id === KEY) ?? null, json: json.hasEdge(KEY) };
    };
    const before = await sums(false);
    expect(before.hyosung).toEqual({ key: 'hyosung', count: 1, totalUsd: 3e8 });
    expect(before.korea!.totalUsd).toBeGreaterThanOrEqual(3e8);
    expect(before.made).toEqual({ key: id, review: 'EXTRACTED', decision: null });
    expect(await network(false)).toEqual({ id: KEY, review: 'EXTRACTED', amountUsd: 3e8 });
    expect(await exported('')).toMatchObject({ csv: { id: KEY, relation: 'PLEDGE', source: 'hyosung', amountUsd: '300000000', review: 'EXTRACTED' }, json: true });

    const r = ok(await api.gql(M.reject, { i: { fact: KEY, reason: 'a hope, not a pledge' } }, BOB)).rejectFact;
    const isOut = async () => {
      const now = await sums(false);
      expect(now.count).toBe(before.count - 1);
      expect(now.usd).toBeCloseTo(before.usd - 3e8);
      expect(now.hyosung).toBeNull();
      expect(now.korea).toEqual({ key: 'south-korea', count: before.korea!.count - 1, totalUsd: before.korea!.totalUsd - 3e8 });
      expect(now.made).toBeNull();
      const all = await sums(true);
      expect(all).toMatchObject({ count: before.count, usd: before.usd, hyosung: before.hyosung, korea: before.korea });
      expect(all.made).toEqual({ key: id, review: 'REJECTED', decision: { kind: 'REJECT', editor: 'bob' } });
      expect(await network(false)).toBeNull();
      expect(await network(true)).toEqual({ id: KEY, review: 'REJECTED', amountUsd: 3e8 });
      expect(await exported('')).toEqual({ csv: null, json: false });
      expect(await exported('?includeRejected=true')).toMatchObject({ csv: { id: KEY, source: 'hyosung', review: 'REJECTED' }, json: true });
    };
    await isOut();
    await reloadArticlesOf(KEY);
    await isOut();
    await ingestNewArticleStating(KEY, 'Hyosung đặt tương lai ở Việt Nam', null);
    await isOut();

    ok(await api.gql(M.undo, { i: { decision: r.key } }, BOB));
    expect(await sums(false)).toEqual(before);
    expect(await network(false)).toEqual({ id: KEY, review: 'EXTRACTED', amountUsd: 3e8 });
    expect(await exported('')).toMatchObject({ csv: { id: KEY, review: 'EXTRACTED' }, json: true });
  });

  it('a correction of who pledges and of its period moves the MADE link, keeps the values through re-loads, and undo restores them', async () => {
    const { records } = await driver.executeQuery("MATCH (:Actor {id: 'lg-group'})-[:MADE]->(p:Pledge) RETURN p.id AS id");
    expect(records.length, 'LG makes one pledge in the seeds').toBe(1);
    const id = records[0]!.get('id') as string;
    const KEY = `pledge:${id}`;
    const lg = async () => {
      const p = await pledge(KEY);
      const made = ok(await api.gql('{ group: actor(id: "lg-group") { pledgesMade { key } } display: actor(id: "lg-display") { pledgesMade { key } } }'));
      const makers = (await driver.executeQuery('MATCH (a:Actor)-[:MADE]->(:Pledge {id: $id}) RETURN collect(a.id) AS ids', { id })).records[0]!.get('ids') as string[];
      return {
        by: p.by.key as string, periodStart: p.periodStart as number | null, periodEnd: p.periodEnd as number | null, review: p.review as string, amountUsd: p.amountUsd as number,
        group: made.group.pledgesMade.some((x: { key: string }) => x.key === id), display: made.display.pledgesMade.some((x: { key: string }) => x.key === id), makers,
      };
    };
    const before = await lg();
    expect(before).toEqual({ by: 'lg-group', periodStart: null, periodEnd: null, review: 'EXTRACTED', amountUsd: 3e9, group: true, display: false, makers: ['lg-group'] });
    const c = ok(await api.gql(M.correct, { i: { pledge: id, by: 'lg-display', periodStart: 2025, periodEnd: 2029, reason: 'LG Display invests it, over five years' } }, ALICE)).correctPledge;
    expect(c).toMatchObject({ kind: 'CORRECT', editor: 'alice', target: KEY });
    expect([...c.correction.fields].sort()).toEqual(['by', 'periodEnd', 'periodStart']);
    const corrected = { by: 'lg-display', periodStart: 2025, periodEnd: 2029, review: 'CORRECTED', amountUsd: 3e9, group: false, display: true, makers: ['lg-display'] };
    expect(await lg()).toEqual(corrected);
    await reloadArticlesOf(KEY);
    expect(await lg()).toEqual(corrected);
    ok(await api.gql(M.undo, { i: { decision: c.key } }, ALICE));
    expect(await lg()).toEqual(before);
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

  it("a rename of an actor's kind is kept by loads and new articles (the gazetteer's kind does not override it); undo restores it", async () => {
    const actor = async () => ok(await api.gql('{ actor(id: "c4ir-hcmc") { name kind } }')).actor as { name: string; kind: string };
    const stored = async () => (await one("MATCH (a:Actor {id: 'c4ir-hcmc'}) RETURN a.kind AS kind")) as { kind: string };
    const before = await actor();
    // The gazetteer makes it an organization.
    expect(before.kind).toBe('ORGANIZATION');
    const r = ok(await api.gql(M.rename, { i: { actor: 'c4ir-hcmc', kind: 'GOVERNMENT', reason: 'a unit of the city government' } }, ALICE)).renameActor;
    expect(r).toMatchObject({ kind: 'RENAME', editor: 'alice', target: 'actor:c4ir-hcmc' });
    const renamed = { name: before.name, kind: 'GOVERNMENT' };
    expect(await actor()).toEqual(renamed);
    expect(await stored()).toEqual({ kind: 'government' });
    await reloadArticlesOf('actor:c4ir-hcmc');
    expect(await actor()).toEqual(renamed);
    await ingestNewArticleStating('actor:c4ir-hcmc', 'C4IR TPHCM và các đối tác');
    expect(await actor()).toEqual(renamed);
    expect(await stored()).toEqual({ kind: 'government' });
    ok(await api.gql(M.undo, { i: { decision: r.key } }, ALICE));
    expect(await actor()).toEqual(before);
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
  });

  it('a decision about a relation follows it when one of its actors is merged away, and back when the merge is undone', async () => {
    const reviewOf = async (key: string) => ((await one('MATCH ()-[r]->() WHERE r.key = $key RETURN r.review AS review', { key })) as { review: string | null } | null)?.review;
    ok(await api.gql(M.reject, { i: { fact: 'rel:LOCATED_IN:marvell:silicon-valley' } }, ALICE));
    const m = ok(await api.gql(M.merge, { i: { keep: 'arm', merge: 'marvell' } }, ALICE)).mergeActors;
    expect(await reviewOf('rel:LOCATED_IN:marvell:silicon-valley')).toBeUndefined();
    expect(await reviewOf('rel:LOCATED_IN:arm:silicon-valley')).toBe('REJECTED');
    expect(codes(await api.gql(M.reject, { i: { fact: 'rel:LOCATED_IN:arm:silicon-valley' } }, ALICE))).toEqual(['BAD_USER_INPUT']);
    ok(await api.gql(M.undo, { i: { decision: m.key } }, ALICE));
    expect(await reviewOf('rel:LOCATED_IN:marvell:silicon-valley')).toBe('REJECTED');
    expect(await reviewOf('rel:LOCATED_IN:arm:silicon-valley')).toBeUndefined();
  });
});

describe('split actors end to end', () => {
  // "Tập đoàn KT" is not a gazetteer form, so extraction makes a pattern actor of it (tap-doan-kt) and
  // entity resolution folds it, by its short name "KT", into the gazetteer's KT Corporation (kt).
  const FIRST = 'KT mở trung tâm dữ liệu tại Việt Nam\nTập đoàn KT của Hàn Quốc ký thỏa thuận hợp tác với Viettel về trí tuệ nhân tạo. KT Corporation sẽ xây dựng trung tâm dữ liệu tại Hà Nội.\n';
  const SECOND = 'KT Corporation cam kết đầu tư 200 triệu USD vào Việt Nam. Tập đoàn KT ký thỏa thuận hợp tác với Viettel.';
  const TOGETHER = 'rel:PARTNERS_WITH:kt:viettel';
  const APART = 'rel:PARTNERS_WITH:tap-doan-kt:viettel';
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'split-kt-'));
    await writeFile(path.join(dir, 'kt-data-centre.txt'), FIRST);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** `npm run load` of the directory: its decisions replayed (the seed decisions file has none new by now). */
  const loadDir = async () => {
    const result = await ensureSeedsLoaded(driver, { dir });
    expect([...result.planFailures, ...result.failures]).toEqual([]);
    return result.loaded;
  };
  const state = async () => {
    const r = (await one(`RETURN
      COLLECT { MATCH (a:Actor) WHERE a.id IN ['kt', 'tap-doan-kt'] RETURN a.id + ' = ' + a.name } AS actors,
      COLLECT { MATCH (a:Actor)-[r]-(:Actor {id: 'viettel'}) WHERE a.id IN ['kt', 'tap-doan-kt'] RETURN r.key } AS withViettel,
      COLLECT { MATCH (e:Evidence) WHERE e.factKey IN [$together, $apart] RETURN DISTINCT e.factKey + ' @ ' + e.articleId } AS evidence`,
    { together: TOGETHER, apart: APART })) as { actors: string[]; withViettel: string[]; evidence: string[] };
    return { actors: r.actors.sort(), withViettel: r.withViettel.sort(), evidence: r.evidence.sort() };
  };
  const articleId = async (title: string) => ((await one('MATCH (a:Article {title: $title}) RETURN a.id AS id', { title })) as { id: string } | null)?.id;
  const FOLDED = ['kt = KT Corporation'];
  const SPLIT = ['kt = KT Corporation', 'tap-doan-kt = Tập đoàn KT'];

  it('keeps two actors that resolution folds together apart through re-loads and a new article; undo folds them again', async () => {
    expect(await loadDir()).toBe(1);
    const first = (await articleId('KT mở trung tâm dữ liệu tại Việt Nam'))!;
    expect(first).toBeTruthy();
    expect(await state(), 'without a split, "Tập đoàn KT" is KT Corporation').toEqual({ actors: FOLDED, withViettel: [TOGETHER], evidence: [`${TOGETHER} @ ${first}`] });

    const s = ok(await api.gql(M.split, { i: { actors: ['kt', 'tap-doan-kt'], reason: 'the group and its listed arm' } }, ALICE)).splitActors;
    expect(s).toMatchObject({ kind: 'SPLIT', editor: 'alice', target: 'actor:kt', undone: false });
    const apart = { actors: SPLIT, withViettel: [APART], evidence: [`${APART} @ ${first}`] };
    expect(await state()).toEqual(apart);
    const partners = ok(await api.gql('{ actor(id: "tap-doan-kt") { name partners(first: 10) { edges { node { key } } } } }')).actor;
    expect(partners.name).toBe('Tập đoàn KT');
    expect(partners.partners.edges.map((e: { node: { key: string } }) => e.node.key)).toContain('viettel');

    // Re-loaded with a changed hash, then deleted and loaded again.
    await driver.executeQuery("MATCH (a:Article {id: $id}) SET a.claimsHash = 'changed'", { id: first });
    expect(await loadDir()).toBe(1);
    expect(await state()).toEqual(apart);
    expect(ok(await api.gql('mutation($id: ID!) { deleteArticle(id: $id) }', { id: first }, ALICE)).deleteArticle).toBe(true);
    expect(await state()).toEqual({ actors: [], withViettel: [], evidence: [] });
    expect(await loadDir()).toBe(1);
    expect(await state()).toEqual(apart);

    // A new article naming both.
    const title = 'KT Corporation đầu tư vào Việt Nam';
    ok(await api.gql('mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { article { key } } }', { i: { title, text: `${title}\n${SECOND}`, published: '2025-03-01' } }, BOB));
    const second = (await articleId(title))!;
    expect(second).toBeTruthy();
    expect(await state()).toEqual({ actors: SPLIT, withViettel: [APART], evidence: [`${APART} @ ${first}`, `${APART} @ ${second}`].sort() });

    ok(await api.gql(M.undo, { i: { decision: s.key } }, BOB));
    expect(await state()).toEqual({ actors: FOLDED, withViettel: [TOGETHER], evidence: [`${TOGETHER} @ ${first}`, `${TOGETHER} @ ${second}`].sort() });
    expect(await one("MATCH (e:Evidence) WHERE e.factKey STARTS WITH 'actor:tap-doan-kt' OR e.factKey CONTAINS ':tap-doan-kt:' OR e.factKey ENDS WITH ':tap-doan-kt' RETURN count(e) AS n")).toEqual({ n: expect.objectContaining({ low: 0 }) });
    // What the undo re-planned is what a load makes.
    expect(await loadDir()).toBe(0);
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
      [M.correct, { pledge: DENMARK_ID() }, 'BAD_USER_INPUT'],
      [M.correct, { pledge: DENMARK_ID(), amount: -1 }, 'BAD_USER_INPUT'],
      [M.correct, { pledge: DENMARK_ID(), to: 'denmark' }, 'BAD_USER_INPUT'],
      [M.correct, { pledge: DENMARK_ID(), by: 'nobody' }, 'NOT_FOUND'],
      [M.correct, { pledge: DENMARK_ID(), periodStart: 2030, periodEnd: 2025 }, 'BAD_USER_INPUT'],
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
    const results = await Promise.all(amounts.map((amount, i) => api.gql(M.correct, { i: { pledge: DENMARK_ID(), amount } }, i % 2 ? ALICE : BOB)));
    const made = results.map((r) => ok(r).correctPledge as { seq: number; correction: { amount: number } });
    const seqs = made.map((d) => d.seq).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(6);
    expect(seqs.at(-1)! - seqs[0]!).toBe(5);
    const last = made.find((d) => d.seq === seqs.at(-1))!;
    const { amount } = (await one('MATCH (p:Pledge {id: $id}) RETURN p.amount AS amount', { id: DENMARK_ID() })) as { amount: number };
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
