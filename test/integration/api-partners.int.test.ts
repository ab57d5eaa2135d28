/**
 * Partners bring their evidence and its articles in the same statement when a request asks for them:
 * on the real seed graph, what comes along must be exactly what the evidence and article lookups
 * give, and a request for partners with evidence must cost no more statements than one without.
 */
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_PER_FACT } from '../../src/gql/loaders.ts';
import { ensureSeedsLoaded } from '../../src/graph/load/ensure-seeds.ts';
import { findArticlesByIds } from '../../src/graph/read/articles.ts';
import { findEvidenceByFactKeys } from '../../src/graph/read/evidence.ts';
import { findPartners, type PartnerParams } from '../../src/graph/read/partners.ts';
import type { ReadRunner } from '../../src/graph/read/rows.ts';
import { createTestDriver, resetGraph } from '../support/neo4j.ts';
import { ok, startApi, type TestApi } from './api-app.ts';

let driver: Driver;
let api: TestApi;
let statements: string[] = [];
let hubs: string[];

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver);
  expect((await ensureSeedsLoaded(driver)).failures).toEqual([]);
  api = await startApi(driver, { onCypher: (q) => statements.push(q) });
  const { records } = await driver.executeQuery('MATCH (a:Actor)--(:Actor) RETURN a.id AS id, count(*) AS c ORDER BY c DESC, id LIMIT 4');
  hubs = records.map((r) => r.get('id') as string);
});

afterAll(async () => {
  await api?.app.close();
  await driver?.close();
});

const runner = (): ReadRunner => ({ run: (q, p) => driver.executeQuery(q, p ?? {}, { routing: neo4j.routing.READ }) });
const params = (over: Partial<PartnerParams>): PartnerParams => ({
  ids: hubs, types: null, sector: null, since: null, until: null, after: null, limit: 10, evidencePerFact: 0, withArticles: false, ...over,
});

describe('partners with their evidence in one statement', () => {
  it.each([EVIDENCE_PER_FACT, 2])('brings %i pieces of evidence per relation, as the evidence lookup gives them, and their articles', async (perFact) => {
    const rows = await findPartners(runner(), params({ evidencePerFact: perFact, withArticles: true }));
    expect(rows.map((r) => r.key).sort()).toEqual([...hubs].sort());
    const relations = rows.flatMap((r) => r.partners.flatMap((p) => p.relations));
    const keys = [...new Set(relations.map((r) => r.key))];
    const lookedUp = await findEvidenceByFactKeys(runner(), { keys, perKey: perFact });
    for (const relation of relations) expect(relation.evidence).toEqual(lookedUp.filter((e) => e.key === relation.key));
    expect(relations.filter((r) => r.evidence.length > 0).length).toBeGreaterThan(10);
    if (perFact === 2) expect(relations.some((r) => r.evidence.length === 2)).toBe(true);
    for (const row of rows) {
      const ids = [...new Set(row.partners.flatMap((p) => p.relations.flatMap((r) => r.evidence.map((e) => e.articleId))))].sort();
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect([...row.articles].sort(byId)).toEqual((await findArticlesByIds(runner(), { ids })).sort(byId));
    }
  });

  it('brings neither when not asked, and the same partners either way', async () => {
    const bare = await findPartners(runner(), params({}));
    expect(bare.every((r) => r.articles.length === 0 && r.partners.every((p) => p.relations.every((rel) => rel.evidence.length === 0)))).toBe(true);
    const full = await findPartners(runner(), params({ evidencePerFact: EVIDENCE_PER_FACT, withArticles: true }));
    const strip = (rows: typeof bare) => rows.map((r) => ({ key: r.key, partners: r.partners.map((p) => ({ ...p, relations: p.relations.map((rel) => ({ ...rel, evidence: [] })) })) }));
    expect(strip(full)).toEqual(strip(bare));
  });
});

describe('statements per request', () => {
  const PARTNERS = (evidence: string) => `query($id: ID!) { actor(id: $id) { key name partners(first: 20) { edges { weight node { key name kind }
    relations { type direction dates ${evidence} } } } } }`;

  it('partners with evidence and articles cost the actor lookup and one partners statement', async () => {
    statements = [];
    const data = ok(await api.gql(PARTNERS('evidence { quote start end article { key title } }'), { id: hubs[0] }));
    expect(statements).toHaveLength(2);
    const evidence = data.actor.partners.edges.flatMap((e: { relations: Array<{ evidence: unknown[] }> }) => e.relations.flatMap((r) => r.evidence));
    expect(evidence.length).toBeGreaterThan(5);
    for (const e of evidence) expect(e.article.title.length).toBeGreaterThan(0);
    statements = [];
    ok(await api.gql(PARTNERS(''), { id: hubs[0] }));
    expect(statements).toHaveLength(2);
  });

  it('answers the same whether the evidence came with the partners or on its own', async () => {
    // Through `paths` the relations' evidence is looked up on its own (evidence-by-fact-keys), and
    // their dates and ends come only when asked for.
    const RELATION = 'type role dates firstDate lastDate from { key name country { key } } to { key name kind } evidence { quote start article { key title published } }';
    const data = ok(await api.gql(`query($id: ID!) { actor(id: $id) { partners(first: 5) { edges { node { key }
      relations { ${RELATION} } } } } }`, { id: hubs[0] }));
    expect(data.actor.partners.edges.flatMap((e: { relations: Array<{ dates: string[] }> }) => e.relations.flatMap((r) => r.dates)).length).toBeGreaterThan(0);
    for (const edge of data.actor.partners.edges) {
      const paths = ok(await api.gql(`query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 1, first: 50) { hops { relation { ${RELATION} } } } }`,
        { from: hubs[0], to: edge.node.key }));
      const alone = paths.paths.map((p: { hops: Array<{ relation: unknown }> }) => p.hops[0]!.relation);
      for (const relation of edge.relations) expect(alone).toContainEqual(relation);
    }
  });

  it('evidence(first:) brings that many per relation in the same statement, the first of the default list', async () => {
    const query = (evidence: string) => PARTNERS(`${evidence} { quote start article { key } }`);
    const all = ok(await api.gql(query('evidence'), { id: hubs[0] }));
    statements = [];
    const one = ok(await api.gql(query('evidence(first: $n)').replace('($id: ID!)', '($id: ID!, $n: Int)'), { id: hubs[0], n: 1 }));
    expect(statements).toHaveLength(2);
    const relationsOf = (d: typeof all) => d.actor.partners.edges.flatMap((e: { relations: Array<{ evidence: unknown[] }> }) => e.relations);
    const [full, cut] = [relationsOf(all), relationsOf(one)];
    expect(cut).toHaveLength(full.length);
    full.forEach((r: { evidence: unknown[] }, i: number) => expect(cut[i].evidence).toEqual(r.evidence.slice(0, 1)));
    expect(full.some((r: { evidence: unknown[] }) => r.evidence.length > 1)).toBe(true);
    // Two sizes in one request: each field gets its own, however the evidence was fetched.
    const both = ok(await api.gql(query('top: evidence(first: 1) { quote } evidence'), { id: hubs[0] }));
    relationsOf(both).forEach((r: { top: unknown[]; evidence: Array<{ quote: string }> }, i: number) => {
      expect(r.evidence).toEqual(full[i].evidence);
      expect(r.top).toEqual(full[i].evidence.slice(0, 1).map((e: { quote: string }) => ({ quote: e.quote })));
    });
  });

  it('refuses evidence(first:) outside 1–100 with BAD_USER_INPUT', async () => {
    for (const n of [0, 101]) {
      const res = await api.gql(PARTNERS(`evidence(first: ${n}) { quote }`), { id: hubs[0] });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const pledge = await api.gql('{ pledges(first: 1) { edges { node { evidence(first: 0) { quote } } } } }');
    expect(pledge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('Pledge.evidence(first:) cuts the pledge\'s list the same way', async () => {
    const q = (arg: string) => `{ pledges(first: 20) { edges { node { key evidence${arg} { quote start } } } } }`;
    const [all, one] = [ok(await api.gql(q(''))), ok(await api.gql(q('(first: 1)')))];
    expect(all.pledges.edges.length).toBeGreaterThan(0);
    all.pledges.edges.forEach((e: { node: { evidence: unknown[] } }, i: number) => expect(one.pledges.edges[i].node.evidence).toEqual(e.node.evidence.slice(0, 1)));
  });
});
