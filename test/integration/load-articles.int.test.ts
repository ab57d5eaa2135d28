import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LoadPlan } from '../../src/core/plan/types.ts';
import { loadArticles, loadArticleStream } from '../../src/graph/load/load-articles.ts';
import { allFixtures, nvidiaHcmc, nvidiaPartner, samsung, usVietnam } from '../fixtures/claims/articles.ts';
import { count, dumpGraph, plan, wrongWeights } from '../fixtures/claims/load-helpers.ts';
import { createTestDriver, resetGraph } from '../support/neo4j.ts';

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

/** Duplicate node keys anywhere: MERGE on constrained keys must never make two. */
async function duplicateKeys(): Promise<number> {
  return (await count(driver, 'MATCH (n) WITH labels(n)[0] AS label, n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*)'))
    + await count(driver, 'MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, r.key AS k, count(*) AS c WHERE c > 1 RETURN count(*)');
}

/** The same article's facts in 20 copies of different text: many articles sharing actors and facts. */
function manyArticles(n: number): LoadPlan[] {
  const plans: LoadPlan[] = [];
  for (let i = 0; i < n; i++) {
    for (const a of allFixtures()) {
      const text = `${a.text}\nBài ${i}.`;
      const claims = { ...a.claims, article: { ...a.claims.article, id: `${a.claims.article.id}-${i}`, textLength: text.length } };
      plans.push(plan({ ...a, text, claims }));
    }
  }
  return plans;
}

describe('loadArticles', () => {
  it('loads a batch in parallel and reports per-article results, then skips them all when loaded again', async () => {
    const plans = manyArticles(10);
    const progress: number[] = [];
    const first = await loadArticles(driver, plans, { concurrency: 4, onProgress: (p) => progress.push(p.done) });
    expect(first.failures).toEqual([]);
    expect(first.loaded).toBe(plans.length);
    expect(progress.at(-1)).toBe(plans.length);
    expect(first.totals.actors.created).toBe(await count(driver, 'MATCH (n:Actor) RETURN count(n)'));
    const before = await dumpGraph(driver);
    const again = await loadArticles(driver, plans, { concurrency: 4 });
    expect(again.unchanged).toBe(plans.length);
    expect(again.loaded).toBe(0);
    expect(await dumpGraph(driver)).toEqual(before);
    expect(await duplicateKeys()).toBe(0);
  });

  it('two overlapping loads at once make no duplicates and the same graph as one load', async () => {
    const plans = manyArticles(8);
    await loadArticles(driver, plans, { concurrency: 2 });
    const single = await dumpGraph(driver);
    await resetGraph(driver);
    const [a, b] = await Promise.all([
      loadArticles(driver, plans.slice(0, 24), { concurrency: 4 }),
      loadArticles(driver, [...plans.slice(8)].reverse(), { concurrency: 4 }),
    ]);
    expect([...a.failures, ...b.failures]).toEqual([]);
    expect(await duplicateKeys()).toBe(0);
    expect(await wrongWeights(driver)).toEqual([]);
    const strip = (d: typeof single) => d.nodes.map((n) => n.replace(/"loadedAt":"[^"]*"/, ''));
    const both = await dumpGraph(driver);
    expect(strip(both)).toEqual(strip(single));
    expect(both.relationships).toEqual(single.relationships);
  });

  it.each([1, 4])('one article failing mid-way leaves nothing of it and does not stop the others (%i per transaction)', async (perTransaction) => {
    const good = [nvidiaHcmc(), usVietnam(), samsung()].map((a) => plan(a));
    const bad = plan(nvidiaPartner());
    // Mid-way through its writes (after the Article upsert and the stale-evidence delete ran and the hash was read), the
    // evidence upsert meets a map property: Neo4j refuses it.
    bad.evidence = bad.evidence.map((e, i) => (i === bad.evidence.length - 1 ? { ...e, confidence: { not: 'a number' } as unknown as number } : e));
    const result = await loadArticles(driver, [good[0]!, bad, good[1]!, good[2]!], { concurrency: 2, articlesPerTransaction: perTransaction });
    expect(result.failures.map((f) => f.articleId)).toEqual([bad.article.id]);
    expect(result.failures[0]!.error).toMatch(/property|map|type/i);
    expect(result.loaded).toBe(3);
    expect(await count(driver, 'MATCH (a:Article {id: $id}) RETURN count(a)', { id: bad.article.id })).toBe(0);
    expect(await count(driver, 'MATCH (e:Evidence {articleId: $id}) RETURN count(e)', { id: bad.article.id })).toBe(0);
    // Only the failed article said NVIDIA partners with the city, or that Nvidia focuses on semiconductors.
    expect(await count(driver, 'MATCH ()-[r:PARTNERS_WITH {key: "rel:PARTNERS_WITH:ho-chi-minh-city:nvidia"}]->() RETURN count(r)')).toBe(0);
    expect(await count(driver, 'MATCH (a:Article) RETURN count(a)')).toBe(3);
    expect(result.results.map((r) => r.articleId).sort()).toEqual(good.map((p) => p.article.id).sort());
  });

  it('groups several articles per transaction with the same graph as one per transaction', async () => {
    const plans = manyArticles(6);
    await loadArticles(driver, plans, { concurrency: 3 });
    const single = await dumpGraph(driver);
    await resetGraph(driver);
    // A second copy of some plans in the same batch: they wait for the first and come out unchanged.
    const result = await loadArticles(driver, [...plans, ...plans.slice(0, 5)], { concurrency: 3, articlesPerTransaction: 7 });
    expect(result.failures).toEqual([]);
    expect(result.loaded).toBe(plans.length);
    expect(result.unchanged).toBe(5);
    const strip = (d: typeof single) => d.nodes.map((n) => n.replace(/"loadedAt":"[^"]*"/, ''));
    const grouped = await dumpGraph(driver);
    expect(strip(grouped)).toEqual(strip(single));
    expect(grouped.relationships).toEqual(single.relationships);
  });

  it('a stream is loaded in bounded memory: never more than a few groups read ahead of what is written', async () => {
    const plans = manyArticles(30);
    const concurrency = 2;
    const size = 5;
    let pulled = 0;
    let done = 0;
    let ahead = 0;
    async function* source() {
      for (const plan of plans) {
        pulled++;
        ahead = Math.max(ahead, pulled - done);
        yield { plan, where: `corpus.jsonl:${pulled}` };
      }
    }
    const result = await loadArticleStream(driver, source(), { concurrency, articlesPerTransaction: size, onProgress: (p) => (done = p.done) });
    expect(result.failures).toEqual([]);
    expect(result.aborted).toBeNull();
    expect(result.loaded).toBe(plans.length);
    expect(result.results[0]!.where).toMatch(/^corpus\.jsonl:\d+$/);
    // In flight, queued, the one waiting for queue space and the open one: (2 × concurrency + 2) groups.
    expect(ahead).toBeLessThanOrEqual((2 * concurrency + 2) * size + 1);
    expect(ahead).toBeLessThan(plans.length / 2);
    expect(await count(driver, 'MATCH (a:Article) RETURN count(a)')).toBe(plans.length);
  });
});
