import { describe, expect, it } from 'vitest';
import { buildClaims, miniReference } from './claims-builder.test-helper.ts';
import { mergeFacts } from './merge-facts.ts';
import { planArticleLoad } from './plan-article.ts';
import type { ActorRow, LoadPlan, PledgeRow, RelationRow } from './types.ts';

const actor = (id: string, over: Partial<ActorRow> = {}): ActorRow => ({
  id, name: id, kind: 'company', label: 'Company', aliases: [id], searchText: id, searchForms: [id], country: null, gazetteer: false, ...over,
});
const pledge = (over: Partial<PledgeRow> = {}): PledgeRow => ({
  id: 'p-1', by: 'lg', to: 'viet-nam', requestedBy: null, kind: 'investment', amount: 3e9, unit: 'USD', amountText: '3 tỷ USD', amountUsd: 3e9,
  qualifier: null, incremental: false, cumulative: false, periodStart: null, periodEnd: null, status: 'pledged', year: 2024, sectors: [], rowHash: 'h1', ...over,
});
const relation = (over: Partial<RelationRow> = {}): RelationRow => ({
  key: 'rel:INVESTS_IN:lg:viet-nam', type: 'INVESTS_IN', from: 'lg', to: 'viet-nam', role: null, dates: [], ...over,
});
const plan = (rows: Partial<Pick<LoadPlan, 'actors' | 'pledges' | 'relations'>>) => ({ actors: [], sectors: [], pledges: [], relations: [], ...rows }) as unknown as LoadPlan;

describe('mergeFacts', () => {
  it('keeps one row per actor: first name unless the gazetteer says otherwise, aliases and search forms of all', () => {
    const rows = mergeFacts([
      plan({ actors: [actor('lg', { name: 'LG', aliases: ['LG'], searchText: 'lg', searchForms: ['lg'] })] }),
      plan({ actors: [actor('lg', { name: 'Tập đoàn LG', aliases: ['Tập đoàn LG', 'LG'], searchText: 'tap doan lg lg', searchForms: ['tap doan lg', 'lg'] })] }),
      plan({ actors: [actor('lg', { name: 'LG Group', kind: 'organization', label: 'Organization', aliases: ['LG Group'], searchForms: ['lg group'], gazetteer: true, country: 'south-korea' })] }),
    ]);
    expect(rows.actors).toHaveLength(1);
    expect(rows.actors[0]).toMatchObject({
      name: 'LG Group', kind: 'organization', label: 'Organization', country: 'south-korea', gazetteer: true,
      aliases: ['LG', 'Tập đoàn LG', 'LG Group'], searchText: 'lg tap doan lg lg group', searchForms: ['lg', 'tap doan lg', 'lg group'],
    });
  });

  it('does not change the plans it merges', () => {
    const a = actor('lg', { aliases: ['LG'] });
    mergeFacts([plan({ actors: [a] }), plan({ actors: [actor('lg', { aliases: ['LG Corp'] })] })]);
    expect(a.aliases).toEqual(['LG']);
  });

  it('merges a pledge stated twice: last properties, earliest year, sectors and requesters of both', () => {
    const rows = mergeFacts([
      plan({ pledges: [pledge({ year: 2025, sectors: ['semiconductors'], requestedBy: 'government', status: 'planned', rowHash: 'h1' })] }),
      plan({ pledges: [pledge({ year: 2023, sectors: ['ai'], requestedBy: null, status: 'pledged', rowHash: 'h2' })] }),
      plan({ pledges: [pledge({ year: 2024, sectors: ['ai'], requestedBy: 'prime-minister', status: 'pledged', rowHash: 'h2' })] }),
    ]);
    expect(rows.pledges).toEqual([expect.objectContaining({
      year: 2023, status: 'pledged', rowHash: 'h2', sectors: ['ai', 'semiconductors'], requestedBy: ['government', 'prime-minister'],
    })]);
  });

  it("keeps a pledge's period start as its year", () => {
    const rows = mergeFacts([plan({ pledges: [pledge({ periodStart: 2026, year: 2026 })] }), plan({ pledges: [pledge({ periodStart: 2026, year: 2026 })] })]);
    expect(rows.pledges.map((p) => p.year)).toEqual([2026]);
  });

  it('merges the dates of a relation stated twice and sorts relations by type then key', () => {
    const rows = mergeFacts([
      plan({ relations: [relation({ dates: ['2024-06'] }), relation({ key: 'rel:FOCUSES_ON:lg:ai', type: 'FOCUSES_ON', to: 'ai' })] }),
      plan({ relations: [relation({ key: 'rel:INVESTS_IN:a:b', from: 'a', to: 'b' }), relation({ dates: ['2023-09-18', '2024-06'] })] }),
    ]);
    expect(rows.relations.INVESTS_IN.map((r) => [r.key, r.dates])).toEqual([
      ['rel:INVESTS_IN:a:b', []],
      ['rel:INVESTS_IN:lg:viet-nam', ['2023-09-18', '2024-06']],
    ]);
    expect(rows.relations.FOCUSES_ON.map((r) => r.to)).toEqual(['ai']);
    expect(rows.relations.MEETS).toEqual([]);
  });
});

describe('planArticleLoad + mergeFacts', () => {
  it('two articles naming the same actors merge to one row per actor', () => {
    const ref = miniReference();
    const t1 = 'Nvidia và TPHCM\nTập đoàn Nvidia hợp tác với TPHCM.';
    const t2 = 'NVIDIA ở TP.HCM\nNVIDIA mở văn phòng tại TP.HCM.';
    const p1 = planArticleLoad(buildClaims(t1, { actors: [{ id: 'nvidia', name: 'Nvidia', kind: 'company', seen: ['Tập đoàn Nvidia'] }, { id: 'tphcm', name: 'TPHCM', kind: 'place' }] }), ref, t1);
    const p2 = planArticleLoad(buildClaims(t2, { actors: [{ id: 'nvidia', name: 'NVIDIA', kind: 'company' }, { id: 'tp-hcm', name: 'TP.HCM', kind: 'place' }] }), ref, t2);
    const ids = mergeFacts([p1, p2]).actors.map((a) => a.id);
    expect(ids).toEqual([...new Set([...p1.actors, ...p2.actors].map((a) => a.id))].sort());
    expect(ids.length).toBeLessThan(p1.actors.length + p2.actors.length);
  });
});
