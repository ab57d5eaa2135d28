import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LoadPlan } from '../../src/core/plan/types.ts';
import { deleteArticle, loadArticle } from '../../src/graph/load/load-article.ts';
import { loadSectors } from '../../src/graph/load/load-sectors.ts';
import { fixtureReference, nvidiaHcmc, nvidiaPartner, samsung, usVietnam } from '../fixtures/claims/articles.ts';
import { count, dumpGraph, ids, plan, wrongWeights } from '../fixtures/claims/load-helpers.ts';
import { countGraph, createTestDriver, resetGraph } from '../support/neo4j.ts';

let driver: Driver;
beforeAll(() => {
  driver = createTestDriver();
});
afterAll(async () => {
  await driver.close();
});
beforeEach(async () => {
  await resetGraph(driver);
});

const load = async (p: LoadPlan) => {
  const session = driver.session();
  try {
    return await session.executeWrite((tx) => loadArticle(tx, p));
  } finally {
    await session.close();
  }
};
const remove = async (articleId: string) => {
  const session = driver.session();
  try {
    return await session.executeWrite((tx) => deleteArticle(tx, articleId));
  } finally {
    await session.close();
  }
};

describe('loadArticle', () => {
  it('writes the planned facts with evidence linked to the article', async () => {
    const p = plan(nvidiaHcmc());
    const result = await load(p);
    expect(result.status).toBe('loaded');
    expect(result.counts.actors).toEqual({ created: 4, updated: 0, removed: 0 });
    expect(result.counts.relations.created).toBe(4);
    expect(result.counts.pledges.created).toBe(1);
    expect(await ids(driver, 'Actor')).toEqual(['ho-chi-minh-city', 'khu-cong-nghe-cao-hoa-lac', 'nguyen-van-an', 'nvidia']);
    expect(await ids(driver, 'Company')).toEqual(['nvidia']);
    expect(await ids(driver, 'Person')).toEqual(['nguyen-van-an']);
    expect(await count(driver, 'MATCH (e:Evidence)-[:FROM_ARTICLE]->(:Article {id: $id}) RETURN count(e)', { id: p.article.id })).toBe(p.evidence.length);
    expect(await count(driver, 'MATCH (:Actor {id: "nvidia"})-[:MADE]->(p:Pledge {year: 2025})-[:TO]->(:Actor {id: "ho-chi-minh-city"}) MATCH (p)-[:IN_SECTOR]->(:Sector {id: "ai"}) RETURN count(p)')).toBe(1);
    const { records } = await driver.executeQuery('MATCH (:Actor {id: "nvidia"})-[r:INVESTS_IN]->(:Actor {id: "ho-chi-minh-city"}) RETURN r.dates AS dates, r.firstDate AS first, r.key AS key');
    expect(records.map((r) => r.toObject())).toEqual([{ dates: ['2024-06-12'], first: '2024-06-12', key: 'rel:INVESTS_IN:nvidia:ho-chi-minh-city' }]);
    const { records: text } = await driver.executeQuery('MATCH (a:Article {id: $id}) RETURN a.text AS text, a.claimsHash AS hash', { id: p.article.id });
    expect(text[0]!.toObject()).toEqual({ text: nvidiaHcmc().text, hash: p.article.claimsHash });
  });

  it('stores years and offsets as integers (JavaScript numbers reach Neo4j as floats)', async () => {
    await load(plan(nvidiaHcmc()));
    const types = async (query: string) => (await driver.executeQuery(query)).records.map((r) => r.get('t') as string);
    expect(new Set(await types('MATCH (p:Pledge) RETURN valueType(p.year) AS t'))).toEqual(new Set(['INTEGER NOT NULL']));
    expect(new Set(await types('MATCH (e:Evidence) UNWIND [e.start, e.end] AS v RETURN valueType(v) AS t'))).toEqual(new Set(['INTEGER NOT NULL']));
    expect(new Set(await types('MATCH (e:Evidence) WHERE e.factKey STARTS WITH "actor:" RETURN valueType(e.mentions) AS t'))).toEqual(new Set(['INTEGER NOT NULL']));
  });

  it('loading the same article twice changes nothing, not even a timestamp', async () => {
    await load(plan(nvidiaHcmc()));
    await load(plan(usVietnam()));
    const before = await dumpGraph(driver);
    const again = await load(plan(nvidiaHcmc()));
    expect(again.status).toBe('unchanged');
    expect(await dumpGraph(driver)).toEqual(before);
    expect(before.nodes.length).toBeGreaterThan(10);
  });

  it('the same text from two paths is one Article', async () => {
    await load(plan(nvidiaHcmc('a/one.txt')));
    const second = await load(plan(nvidiaHcmc('b/two.txt')));
    expect(second.status).toBe('unchanged');
    expect(await count(driver, 'MATCH (a:Article) RETURN count(a)')).toBe(1);
  });

  it('resolves spelling variants across articles to one node each', async () => {
    for (const a of [nvidiaHcmc(), nvidiaPartner(), usVietnam()]) await load(plan(a));
    expect(await ids(driver, 'Actor')).toEqual(['ho-chi-minh-city', 'khu-cong-nghe-cao-hoa-lac', 'nguyen-van-an', 'nvidia', 'united-states', 'vietnam']);
    expect(await count(driver, 'MATCH (e:Evidence {factKey: "actor:ho-chi-minh-city"}) RETURN count(DISTINCT e.articleId)')).toBe(3);
    const { records } = await driver.executeQuery('MATCH (n:Actor {id: "khu-cong-nghe-cao-hoa-lac"}) RETURN n.name AS name, n.searchText AS s');
    expect(records[0]!.get('name')).toBe('Khu công nghệ cao Hòa Lạc');
    expect(records[0]!.get('s')).toContain('khu cong nghe cao hoa lac');
    const { records: us } = await driver.executeQuery('MATCH (n:Actor:Country {id: "united-states"}) RETURN n.aliases AS aliases');
    expect(us[0]!.get('aliases')).toContain('Mỹ');
    // The full-text index over searchText finds folded spellings.
    for (const query of ['"hoa lac"', 'tphcm', 'my']) {
      const { records: hits } = await driver.executeQuery('CALL db.index.fulltext.queryNodes("name_search", $query) YIELD node RETURN node.id AS id', { query });
      expect(hits.map((h) => h.get('id'))).toContain({ '"hoa lac"': 'khu-cong-nghe-cao-hoa-lac', tphcm: 'ho-chi-minh-city', my: 'united-states' }[query]);
    }
  });

  it('a changed version replaces its evidence and removes facts and actors left without any', async () => {
    await load(plan(nvidiaPartner()));
    await load(plan(samsung('full')));
    const full = plan(samsung('full'));
    const uni = 'truong-dai-hoc-bach-khoa-ha-noi';
    expect(await count(driver, 'MATCH (n:Actor {id: $uni}) RETURN count(n)', { uni })).toBe(1);
    const trimmed = plan(samsung('trimmed'));
    expect(trimmed.article.id).toBe(full.article.id);
    const result = await load(trimmed);
    expect(result.status).toBe('loaded');
    expect(result.counts.actors.removed).toBe(1);
    expect(result.counts.pledges.removed).toBe(1);
    expect(result.counts.relations.removed).toBe(2);
    expect(await count(driver, 'MATCH (n:Actor {id: $uni}) RETURN count(n)', { uni })).toBe(0);
    expect(await count(driver, 'MATCH (p:Pledge {unit: "people"}) RETURN count(p)')).toBe(0);
    expect(await count(driver, 'MATCH (e:Evidence {articleId: $id}) RETURN count(e)', { id: full.article.id })).toBe(trimmed.evidence.length);
    // What the trimmed version and the other article still say stays.
    expect(await count(driver, 'MATCH (:Actor {id: "samsung-group"})-[:INVESTS_IN]->(:Actor {id: "vietnam"}) RETURN count(*)')).toBe(1);
    expect(await wrongWeights(driver)).toEqual([]);
    expect(await ids(driver, 'Actor')).toContain('nvidia');
    // Loading the full version again brings everything back: the graph equals a fresh load of both.
    await load(full);
    const reloaded = await dumpGraph(driver);
    await resetGraph(driver);
    await load(plan(nvidiaPartner()));
    await load(full);
    const fresh = await dumpGraph(driver);
    const withoutTimestamps = (d: typeof fresh) => d.nodes.map((n) => n.replace(/"loadedAt":"[^"]*"/, ''));
    expect(withoutTimestamps(reloaded)).toEqual(withoutTimestamps(fresh));
    expect(reloaded.relationships).toEqual(fresh.relationships);
  });

  it('deleteArticle removes the article and what only it supported; shared facts keep their other evidence', async () => {
    await loadSectorsNow();
    await load(plan(nvidiaHcmc()));
    const empty = await dumpGraph(driver);
    const partner = plan(nvidiaPartner());
    await load(partner);
    const counts = await remove(partner.article.id);
    expect(counts?.relations.removed).toBe(2);
    expect(counts?.actors.removed).toBe(0);
    expect(await dumpGraph(driver)).toEqual(empty);
    expect(await wrongWeights(driver)).toEqual([]);
    expect(await remove(partner.article.id)).toBeNull();
    const first = plan(nvidiaHcmc());
    await remove(first.article.id);
    const left = await countGraph(driver);
    // Sectors are reference data; the decision log (every load's last step locks it) stays too.
    expect(await count(driver, 'MATCH (n) WHERE NOT n:Sector AND NOT n:DecisionLog RETURN count(n)')).toBe(0);
    expect(left.nodes).toBe(fixtureReference().sectors.length + 1);
  });
});

async function loadSectorsNow() {
  const session = driver.session();
  try {
    await session.executeWrite((tx) => loadSectors(tx, fixtureReference()));
  } finally {
    await session.close();
  }
}

describe('loadSectors', () => {
  it('upserts the vocabulary with SUBSECTOR_OF links, idempotently', async () => {
    await loadSectorsNow();
    const first = await dumpGraph(driver);
    await loadSectorsNow();
    expect(await dumpGraph(driver)).toEqual(first);
    expect(await count(driver, 'MATCH (:Sector {id: "semiconductors"})-[:SUBSECTOR_OF]->(:Sector {id: "high-tech"}) RETURN count(*)')).toBe(1);
    expect(await count(driver, 'MATCH ()-[r:SUBSECTOR_OF]->() RETURN count(r)')).toBe(2);
  });
});
