import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFixtureApi, ok, openFixtureApi, type TestApi } from './api-app.ts';

let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  ({ driver, api } = await openFixtureApi());
});

afterAll(() => closeFixtureApi(driver, api));

describe('search', () => {
  it('finds the same actor however the name is written (case, diacritics, tone-mark placement)', async () => {
    for (const text of ['hoa lac', 'Hoà Lạc', 'HÒA LẠC', 'nic hoa']) {
      const data = ok(await api.gql('query($t: String!) { search(text: $t) { name kind node { ... on Actor { key } } } }', { t: text }));
      expect(data.search.map((h: { node: { key: string } }) => h.node.key), text).toContain('nic-hoa-lac');
    }
  });

  it('treats Lucene syntax as plain text', async () => {
    for (const text of ['*', 'samsung OR nvidia', 'nvidia)', '"', 'nvidia AND', '+-&&||!(){}[]^~?:\\/']) {
      const res = await api.gql('query($t: String!) { search(text: $t) { node { ... on Actor { key } } } }', { t: text });
      expect(res.errors, text).toBeUndefined();
      const keys = res.data!.search.map((h: { node: { key: string } }) => h.node.key);
      expect(keys.length, text).toBeLessThanOrEqual(1);
    }
  });

  it('filters by kind and finds sectors', async () => {
    const data = ok(await api.gql('{ s: search(text: "ban dan", kinds: [SECTOR]) { kind node { ... on Sector { key } } } c: search(text: "viet nam", kinds: [COUNTRY]) { kind } }'));
    expect(data.s.map((h: { node: { key: string } }) => h.node.key)).toEqual(['semiconductors']);
    expect(data.c.length).toBeGreaterThan(0);
    expect(data.c.every((h: { kind: string }) => h.kind === 'country')).toBe(true);
  });
});

describe('actor', () => {
  it('is found by key, global id and by any name', async () => {
    const byKey = ok(await api.gql('{ actor(id: "nvidia") { id key name kind country { key } } }')).actor;
    expect(byKey).toMatchObject({ key: 'nvidia', name: 'Nvidia', kind: 'COMPANY', country: { key: 'united-states' } });
    const byGlobal = ok(await api.gql('query($id: ID!) { actor(id: $id) { key } }', { id: byKey.id })).actor;
    expect(byGlobal.key).toBe('nvidia');
    const byName = ok(await api.gql('{ a: actor(name: "nic hoa lac") { key } b: actor(name: "SAMSUNG") { key } }'));
    expect(byName.a.key).toBe('nic-hoa-lac');
    expect(byName.b.key).toBe('samsung-electronics');
  });

  it('round-trips through node(id)', async () => {
    const data = ok(await api.gql('{ actor(id: "lg-group") { id } pledges(first: 1) { edges { node { id key } } } sector(id: "semiconductors") { id } }'));
    for (const id of [data.actor.id, data.pledges.edges[0].node.id, data.sector.id]) {
      const node = ok(await api.gql('query($id: ID!) { node(id: $id) { id __typename } }', { id })).node;
      expect(node.id).toBe(id);
    }
    const typed = ok(await api.gql('query($id: ID!) { node(id: $id) { ... on Actor { key } } }', { id: data.actor.id })).node;
    expect(typed.key).toBe('lg-group');
  });
});

describe('partners', () => {
  it('lists who partners with Samsung, with each relation, its direction and evidence', async () => {
    const data = ok(await api.gql(`{ actor(id: "samsung-electronics") { partners(first: 10) { edges { weight node { key }
      relations { type direction firstDate from { key } to { key } evidence { quote start end article { title published text } } } } } } }`));
    const edges = data.actor.partners.edges;
    expect(edges.map((e: { node: { key: string } }) => e.node.key).sort()).toEqual(['hust', 'nvidia', 'vietnam']);
    const vn = edges.find((e: { node: { key: string } }) => e.node.key === 'vietnam');
    expect(vn.relations).toHaveLength(1);
    expect(vn.relations[0]).toMatchObject({ type: 'INVESTS_IN', direction: 'OUTGOING', firstDate: '2024-06-12', from: { key: 'samsung-electronics' } });
    const ev = vn.relations[0].evidence[0];
    expect(ev.quote).toBe('Samsung Electronics cam kết đầu tư 1 tỷ USD vào Việt Nam');
    expect(ev.article.text.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(ev.article.published).toBe('2024-06-12');
    const hust = edges.find((e: { node: { key: string } }) => e.node.key === 'hust');
    expect(hust.relations[0]).toMatchObject({ type: 'PARTNERS_WITH', direction: 'UNDIRECTED' });
    const fromVietnam = ok(await api.gql('{ actor(id: "vietnam") { partners(types: [INVESTS_IN], first: 50) { edges { node { key } relations { direction } } } } }'));
    const samsung = fromVietnam.actor.partners.edges.find((e: { node: { key: string } }) => e.node.key === 'samsung-electronics');
    expect(samsung.relations[0].direction).toBe('INCOMING');
  });

  it('filters by type, sector and period', async () => {
    const q = 'query($types: [RelationType!], $sector: String, $since: String, $until: String) { actor(id: "vietnam") { partners(types: $types, sector: $sector, since: $since, until: $until, first: 50) { edges { node { key } } } } }';
    const keys = async (v: Record<string, unknown>) => ok(await api.gql(q, v)).actor.partners.edges.map((e: { node: { key: string } }) => e.node.key).sort();
    expect(await keys({ types: ['MEETS'] })).toEqual(['south-korea']);
    expect(await keys({ since: '2024' })).toEqual(['samsung-electronics', 'south-korea', 'united-states']);
    expect(await keys({ since: '2024-06', until: '2024-06-30' })).toEqual(['samsung-electronics']);
    expect(await keys({ sector: 'high-tech' })).toEqual(['samsung-electronics']);
  });
});
