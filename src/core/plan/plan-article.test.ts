import { describe, expect, it } from 'vitest';
import { buildClaims, miniReference } from './claims-builder.test-helper.ts';
import { planArticleLoad } from './plan-article.ts';

const ref = miniReference();

const TEXT_A = 'Nvidia mở trung tâm AI tại TPHCM\nTập đoàn Nvidia sẽ đầu tư 200 triệu USD vào TPHCM, ông Nguyễn Văn A cho biết tại Khu công nghệ cao Hoà Lạc.';
const TEXT_B = 'Nvidia hợp tác với TP.HCM\nNVIDIA ký kết hợp tác với TP.HCM và Khu công nghệ cao Hòa Lạc trong lĩnh vực bán dẫn.';
const TEXT_C = 'Mỹ và Việt Nam\nHoa Kỳ và Thành phố Hồ Chí Minh thúc đẩy đầu tư bán dẫn; Mỹ là đối tác lớn.';

function planA(file = 'a.txt') {
  return planArticleLoad(buildClaims(TEXT_A, {
    file,
    actors: [
      { id: 'nvidia', name: 'Nvidia', kind: 'company', seen: ['Tập đoàn Nvidia'] },
      { id: 'tphcm', name: 'TPHCM', kind: 'place', seen: ['TPHCM'] },
      { id: 'nguyen-van-a', name: 'Nguyễn Văn A', kind: 'person' },
      { id: 'khu-cnc-hoa-lac-old', name: 'Khu công nghệ cao Hoà Lạc', kind: 'place' },
    ],
    pledges: [{ by: 'nvidia', to: 'tphcm', amount: 200_000_000, unit: 'USD', amountUsd: 200_000_000, amountText: '200 triệu USD', quote: 'đầu tư 200 triệu USD vào TPHCM', sectors: ['ai'] }],
    relations: [{ type: 'INVESTS_IN', from: 'nvidia', to: 'tphcm', quote: 'Tập đoàn Nvidia sẽ đầu tư 200 triệu USD vào TPHCM' }],
  }), ref, TEXT_A);
}

function planB() {
  return planArticleLoad(buildClaims(TEXT_B, {
    actors: [
      { id: 'nvidia', name: 'NVIDIA', kind: 'company', seen: ['NVIDIA'] },
      { id: 'tp-hcm', name: 'TP.HCM', kind: 'place', seen: ['TP.HCM'] },
      { id: 'khu-cong-nghe-cao-hoa-lac', name: 'Khu công nghệ cao Hòa Lạc'.normalize('NFD'), kind: 'place', seen: ['Khu công nghệ cao Hòa Lạc'] },
    ],
    sectors: [{ id: 'semiconductors', name: 'Semiconductors', seen: ['bán dẫn'] }],
    relations: [
      { type: 'PARTNERS_WITH', from: 'tp-hcm', to: 'nvidia', quote: 'NVIDIA ký kết hợp tác với TP.HCM' },
      { type: 'PARTNERS_WITH', from: 'nvidia', to: 'tp-hcm', quote: 'hợp tác với TP.HCM và Khu công nghệ cao Hòa Lạc' },
    ],
  }), ref, TEXT_B);
}

function planC() {
  return planArticleLoad(buildClaims(TEXT_C, {
    actors: [
      { id: 'hoa-ky', name: 'Hoa Kỳ', kind: 'country' },
      { id: 'my', name: 'Mỹ', kind: 'country', seen: ['Mỹ'] },
      { id: 'thanh-pho-ho-chi-minh', name: 'Thành phố Hồ Chí Minh', kind: 'place' },
    ],
    relations: [{ type: 'MEETS', from: 'my', to: 'thanh-pho-ho-chi-minh', quote: 'Hoa Kỳ và Thành phố Hồ Chí Minh' }],
  }), ref, TEXT_C);
}

const ids = (plan: { actors: { id: string }[] }) => plan.actors.map((a) => a.id);

describe('planArticleLoad: entity resolution', () => {
  it('resolves TPHCM, TP.HCM and Thành phố Hồ Chí Minh to the gazetteer city', () => {
    expect(ids(planA())).toContain('ho-chi-minh-city');
    expect(ids(planB())).toContain('ho-chi-minh-city');
    expect(ids(planC())).toContain('ho-chi-minh-city');
    expect(planA().actors.find((a) => a.id === 'ho-chi-minh-city')?.name).toBe('Thành phố Hồ Chí Minh');
  });

  it('gives Hoà Lạc and Hòa Lạc (also in NFD) one slug id and one display name', () => {
    const a = planA().actors.find((x) => x.id.includes('hoa-lac'));
    const b = planB().actors.find((x) => x.id.includes('hoa-lac'));
    expect(a?.id).toBe('khu-cong-nghe-cao-hoa-lac');
    expect(b?.id).toBe(a?.id);
    expect(b?.name).toBe('Khu công nghệ cao Hòa Lạc');
    expect(a?.name).toBe(b?.name);
  });

  it('merges Mỹ and Hoa Kỳ into one actor with both forms as aliases, its first mention as evidence and both counted', () => {
    const plan = planC();
    expect(ids(plan).filter((id) => id === 'united-states')).toHaveLength(1);
    const us = plan.actors.find((a) => a.id === 'united-states')!;
    expect(us.aliases).toContain('Mỹ');
    expect(us.searchText).toContain('hoa ky');
    expect(us.searchText).toContain('my');
    const mentions = plan.evidence.filter((e) => e.factKey === 'actor:united-states');
    expect(mentions.map((e) => e.mentions)).toEqual([2]);
    expect(mentions[0]!.start).toBe(Math.min(TEXT_C.indexOf('Mỹ'), TEXT_C.indexOf('Hoa Kỳ')));
  });

  it('rewrites fact endpoints to resolved ids, symmetric ones from the smaller id', () => {
    expect(planA().relations.map((r) => r.key)).toEqual(['rel:INVESTS_IN:nvidia:ho-chi-minh-city']);
    const b = planB();
    expect(b.relations.map((r) => r.key)).toEqual(['rel:PARTNERS_WITH:ho-chi-minh-city:nvidia']);
    // Both statements (one each way round) are the one symmetric fact: one Evidence, two places.
    expect(b.evidence.filter((e) => e.factKey === b.relations[0]!.key).map((e) => e.mentions)).toEqual([2]);
    expect(planC().relations.map((r) => [r.from, r.to])).toEqual([['ho-chi-minh-city', 'united-states']]);
    expect(planA().pledges.map((p) => [p.by, p.to, p.sectors])).toEqual([['nvidia', 'ho-chi-minh-city', ['ai']]]);
  });

  it('folds search text: lower case, no diacritics, đ → d', () => {
    const plan = planArticleLoad(buildClaims('Đà Nẵng mở cửa.', { actors: [{ id: 'x', name: 'Đà Nẵng', kind: 'place' }] }), ref, 'Đà Nẵng mở cửa.');
    expect(plan.actors[0]).toMatchObject({ id: 'da-nang', searchText: 'da nang' });
  });
});

describe('planArticleLoad: merge decisions', () => {
  const text = 'Samsung Electronics và Tập đoàn Samsung gặp Nvidia.';
  const claims = buildClaims(text, {
    actors: [
      { id: 'samsung-electronics', name: 'Samsung Electronics', kind: 'company' },
      { id: 'samsung-group', name: 'Tập đoàn Samsung', kind: 'company' },
      { id: 'nvidia', name: 'Nvidia', kind: 'company' },
    ],
    relations: [{ type: 'MEETS', from: 'samsung-electronics', to: 'nvidia', quote: 'Samsung Electronics và Tập đoàn Samsung gặp Nvidia' }],
    pledges: [{ by: 'samsung-electronics', amount: 1, unit: 'USD', quote: 'Samsung Electronics' }],
  });

  it("'same' maps one id to the other in actors, relations, pledges and evidence", () => {
    const plan = planArticleLoad(claims, miniReference([{ a: 'samsung-group', b: 'samsung-electronics', decision: 'same' }]), text);
    const all = JSON.stringify({ actors: plan.actors, relations: plan.relations, pledges: plan.pledges, evidence: plan.evidence });
    expect(all).not.toContain('samsung-electronics');
    expect(ids(plan)).toEqual(['nvidia', 'samsung-group']);
    expect(plan.relations[0]!.key).toBe('rel:MEETS:nvidia:samsung-group');
    expect(plan.pledges[0]!.by).toBe('samsung-group');
  });

  it("'different' keeps a pattern actor apart from a gazetteer actor whose key it shares", () => {
    const t = 'Samsung Group Việt Nam khai trương.';
    const c = buildClaims(t, { actors: [{ id: 'samsung-vn', name: 'Samsung Group', kind: 'company', seen: ['Samsung Group Việt Nam'] }] });
    expect(ids(planArticleLoad(c, ref, t))).toEqual(['samsung-group']);
    const kept = planArticleLoad(c, miniReference([{ a: 'samsung-vn', b: 'samsung-group', decision: 'different' }]), t);
    expect(ids(kept)).toEqual(['samsung-vn']);
  });
});

describe('planArticleLoad: rows and hash', () => {
  it('derives evidence ids from fact, article and place; the same plan twice is identical', () => {
    const a = planA();
    expect(planA()).toEqual(a);
    expect(new Set(a.evidence.map((e) => e.id)).size).toBe(a.evidence.length);
    for (const e of a.evidence) expect(TEXT_A.slice(e.start, e.end)).toBe(e.quote);
    expect(a.warnings).toEqual([]);
  });

  it('keeps the hash when only the file path differs and changes it when a fact changes', () => {
    expect(planA('other/path.txt').article.claimsHash).toBe(planA().article.claimsHash);
    expect(planA('other/path.txt').article.file).toBe('other/path.txt');
    const changed = buildClaims(TEXT_A, { actors: [{ id: 'nvidia', name: 'Nvidia', kind: 'company' }] });
    expect(planArticleLoad(changed, ref, TEXT_A).article.claimsHash).not.toBe(planA().article.claimsHash);
  });

  it('sets the pledge year from the period, else the article year', () => {
    expect(planA().pledges[0]!.year).toBe(2024);
    const c = buildClaims(TEXT_A, { actors: [{ id: 'nvidia', name: 'Nvidia', kind: 'company' }], pledges: [{ by: 'nvidia', period: { start: 2026, end: 2030 }, quote: 'đầu tư' }] });
    expect(planArticleLoad(c, ref, TEXT_A).pledges[0]!.year).toBe(2026);
  });

  it('drops facts on unknown actors and quotes that do not match, with warnings', () => {
    const c = buildClaims(TEXT_A, {
      actors: [{ id: 'nvidia', name: 'Nvidia', kind: 'company' }],
      relations: [{ type: 'INVESTS_IN', from: 'nvidia', to: 'nobody', quote: 'đầu tư' }],
      pledges: [{ by: 'nobody', quote: 'đầu tư' }],
    });
    c.actors[0]!.mentions[0]!.start += 1;
    const plan = planArticleLoad(c, ref, TEXT_A);
    expect(plan.relations).toEqual([]);
    expect(plan.pledges).toEqual([]);
    expect(plan.warnings).toHaveLength(3);
  });

  it('includes only the sectors referenced, with reference names', () => {
    expect(planB().sectors).toEqual([{ id: 'semiconductors', name: 'Semiconductors', nameVi: 'Bán dẫn', parent: 'high-tech', searchText: 'semiconductors ban dan' }]);
    expect(planA().sectors.map((s) => s.id)).toEqual(['ai']);
  });
});

describe('planArticleLoad: relation dates', () => {
  it('merges the dates of one fact stated twice, sorted, and keeps them on the evidence', () => {
    const text = 'Chiều 20/8, Nvidia gặp TP.HCM. Trước đó, ngày 2/3, Nvidia đã gặp TP.HCM.';
    const plan = planArticleLoad(buildClaims(text, {
      actors: [{ id: 'nvidia', name: 'Nvidia', kind: 'company' }, { id: 'tp-hcm', name: 'TP.HCM', kind: 'place' }],
      relations: [
        { type: 'MEETS', from: 'nvidia', to: 'tp-hcm', quote: 'Chiều 20/8, Nvidia gặp TP.HCM', date: '2024-08-20' },
        { type: 'MEETS', from: 'tp-hcm', to: 'nvidia', quote: 'ngày 2/3, Nvidia đã gặp TP.HCM', date: '2024-03-02' },
      ],
    }), ref, text);
    expect(plan.relations).toEqual([{ key: 'rel:MEETS:ho-chi-minh-city:nvidia', type: 'MEETS', from: 'ho-chi-minh-city', to: 'nvidia', role: null, dates: ['2024-03-02', '2024-08-20'] }]);
    expect(plan.evidence.filter((e) => e.factKey === plan.relations[0]!.key).map((e) => e.date)).toEqual(['2024-08-20', '2024-03-02']);
  });
});
