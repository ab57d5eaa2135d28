/**
 * Every read in a read transaction, every write in a write transaction — what lets a cluster send
 * reads to followers and writes to the leader (neo4j:// routing). Watched on the real driver while
 * the seeds load and the API answers each query shape and a few mutations.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDriver, resetGraph } from '../support/neo4j.ts';
import { recordTransactions, writesGraph, type RecordingDriver, type TransactionRecord } from '../support/transaction-recorder.ts';
import { ok, startApi, type TestApi } from './api-app.ts';
import { loadSeedGraph } from './export-seed-graph.ts';

let raw: Driver;
let recording: RecordingDriver;
let api: TestApi;
let loadRecords: TransactionRecord[] = [];
const EDITOR = { authorization: 'Bearer modes-token-12345' };

beforeAll(async () => {
  raw = createTestDriver();
  await resetGraph(raw);
  recording = recordTransactions(raw);
  await loadSeedGraph(recording.driver);
  loadRecords = recording.take();
  api = await startApi(recording.driver, { apiToken: 'modes-token-12345' });
});
afterAll(async () => {
  await api?.app.close();
  await raw?.close();
});

const describeRecord = (r: TransactionRecord) => `${r.opened} (${r.mode}): ${r.queries.map((q) => q.trim().split('\n')[0]).join(' | ')}`;

const QUERIES: Record<string, string> = {
  partners: '{ actor(id: "nvidia") { partners(first: 20) { edges { weight node { id name } relations { type evidence(first: 3) { quote article { title } } } } } } }',
  pledgesBySector: '{ pledges(filter: { sector: "semiconductors" }, first: 20) { totalCount totalUsd edges { node { amountText by { name } to { name } } } } }',
  totals: '{ pledgeTotals(groupBy: INVESTOR_COUNTRY) { key totalUsd } }',
  paths: '{ paths(from: "nvidia", to: "vietnam", maxHops: 4, first: 5) { actors { id } hops { relation { type } } } }',
  search: '{ search(text: "samsung", first: 10) { score node { __typename ... on Actor { id } } } }',
  network: '{ network(filter: { sector: "semiconductors", limit: 100 }) { nodes { id } edges { type source target } } }',
  articles: '{ articles(first: 5) { edges { node { title language published } } } }',
  decisions: '{ decisions(first: 5) { edges { node { key kind } } } }',
};

describe('transaction modes', () => {
  it('the loader writes in write transactions and reads what it compares in read transactions', () => {
    const writing = loadRecords.filter((r) => r.queries.some(writesGraph));
    expect(writing.length).toBeGreaterThan(0);
    expect(writing.filter((r) => r.mode !== 'WRITE' || r.opened === 'run').map(describeRecord)).toEqual([]);
    const readOnly = loadRecords.filter((r) => r.opened !== 'executeQuery' && r.queries.length > 0 && !r.queries.some(writesGraph));
    expect(readOnly.length, 'the loader reads stored hashes and decisions before it writes').toBeGreaterThan(0);
    expect(readOnly.filter((r) => r.mode !== 'READ').map(describeRecord)).toEqual([]);
  });

  it.each(Object.entries(QUERIES))('the API answers %s in read transactions only', async (_name, query) => {
    recording.take();
    ok(await api.gql(query));
    const records = recording.take();
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter((r) => r.mode !== 'READ' || r.opened === 'run' || r.opened === 'beginTransaction').map(describeRecord)).toEqual([]);
  });

  it('the API writes a decision and an ingested article in write transactions', async () => {
    recording.take();
    const { actor } = ok(await api.gql('{ actor(id: "nvidia") { partners(first: 1) { edges { relations { key } } } } }'));
    const fact = actor.partners.edges[0].relations[0].key as string;
    ok(await api.gql('mutation($i: FactDecisionInput!) { confirmFact(input: $i) { key } }', { i: { fact, reason: 'read in the article' } }, EDITOR));
    ok(await api.gql('mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { article { key } } }',
      { i: { title: 'Intel và Việt Nam', text: 'Intel và Việt Nam\nIntel ký thỏa thuận hợp tác với Đại học Bách khoa Hà Nội.', published: '2025-01-02' } }, EDITOR));
    const records = recording.take();
    const writing = records.filter((r) => r.queries.some(writesGraph));
    expect(writing.length).toBeGreaterThanOrEqual(2);
    expect(writing.filter((r) => r.mode !== 'WRITE' || r.opened === 'run').map(describeRecord)).toEqual([]);
  });
});
