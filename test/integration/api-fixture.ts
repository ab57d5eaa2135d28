/**
 * A small, hand-made graph for the API tests, loaded through the real planner and loader: three
 * articles stating known facts, plus `synthetic(n)` companies in a chain for paging and query counts.
 */
import type { Driver } from 'neo4j-driver';
import type { ActorKind } from '../../src/core/claims.ts';
import { buildClaims, type ActorSpec } from '../../src/core/plan/claims-builder.test-helper.ts';
import { planArticleLoad } from '../../src/core/plan/plan-article.ts';
import type { Reference } from '../../src/core/reference.ts';
import { loadArticles } from '../../src/graph/load/load-articles.ts';
import { loadSectors } from '../../src/graph/load/load-sectors.ts';

const A = (id: string, name: string, kind: ActorKind, country: string | null, aliases: string[] = []): ActorSpec & { aliases: string[] } =>
  ({ id, name, kind, country, seen: [name], aliases });

export const ACTORS = {
  vietnam: A('vietnam', 'Việt Nam', 'country', null, ['Vietnam']),
  korea: A('south-korea', 'Hàn Quốc', 'country', null, ['South Korea']),
  us: A('united-states', 'Hoa Kỳ', 'country', null, ['Mỹ', 'United States']),
  samsung: A('samsung-electronics', 'Samsung Electronics', 'company', 'south-korea', ['Samsung']),
  lg: A('lg-group', 'Tập đoàn LG', 'company', 'south-korea', ['LG']),
  nvidia: A('nvidia', 'Nvidia', 'company', 'united-states', ['NVIDIA']),
  intel: A('intel', 'Intel', 'company', 'united-states'),
  hust: A('hust', 'Đại học Bách khoa Hà Nội', 'university', 'vietnam'),
  nic: A('nic', 'Trung tâm Đổi mới sáng tạo quốc gia', 'organization', 'vietnam', ['NIC']),
  nicHoaLac: A('nic-hoa-lac', 'NIC Hòa Lạc', 'facility', 'vietnam', ['NIC Hoà Lạc', 'NIC Hoa Lac']),
};

export const SAMSUNG_TEXT = 'Samsung mở rộng đầu tư bán dẫn\n'
  + 'Ngày 12/6/2024, Samsung Electronics ký thỏa thuận hợp tác với Đại học Bách khoa Hà Nội. '
  + 'Samsung Electronics cam kết đầu tư 1 tỷ USD vào Việt Nam cho bán dẫn trong giai đoạn 2024 - 2028. '
  + 'Tập đoàn LG dự kiến rót thêm 3 tỷ USD vào Việt Nam trong 5 năm tới. '
  + 'Nvidia cũng hợp tác với Samsung Electronics.';

export const NIC_TEXT = 'Nvidia làm việc với NIC\n'
  + 'Tháng 9/2023, Nvidia ký kết hợp tác với Trung tâm Đổi mới sáng tạo quốc gia. '
  + 'NIC Hòa Lạc là cơ sở của Trung tâm Đổi mới sáng tạo quốc gia. '
  + 'Intel muốn đầu tư 500 triệu USD vào bán dẫn tại Việt Nam.';

export const US_TEXT = 'Hoa Kỳ và Việt Nam\n'
  + 'Năm 2024, Hoa Kỳ hợp tác với Việt Nam về bán dẫn. Hàn Quốc gặp gỡ Việt Nam.';

export function fixtureArticles() {
  const a1 = buildClaims(SAMSUNG_TEXT, {
    file: 'fixtures/samsung.txt', published: '2024-06-12',
    actors: [ACTORS.samsung, ACTORS.hust, ACTORS.vietnam, ACTORS.lg, ACTORS.nvidia],
    sectors: [{ id: 'semiconductors', name: 'Semiconductors', seen: ['bán dẫn'] }],
    relations: [
      { type: 'PARTNERS_WITH', from: 'hust', to: 'samsung-electronics', quote: 'Samsung Electronics ký thỏa thuận hợp tác với Đại học Bách khoa Hà Nội', date: '2024-06-12' },
      { type: 'INVESTS_IN', from: 'samsung-electronics', to: 'vietnam', quote: 'Samsung Electronics cam kết đầu tư 1 tỷ USD vào Việt Nam', date: '2024-06-12' },
      { type: 'PARTNERS_WITH', from: 'nvidia', to: 'samsung-electronics', quote: 'Nvidia cũng hợp tác với Samsung Electronics', date: '2024-06-12' },
    ],
    pledges: [
      { id: 'p-samsung', by: 'samsung-electronics', to: 'vietnam', kind: 'investment', amount: 1e9, unit: 'USD', amountText: '1 tỷ USD', amountUsd: 1e9,
        period: { start: 2024, end: 2028 }, status: 'committed', sectors: ['semiconductors'], quote: 'Samsung Electronics cam kết đầu tư 1 tỷ USD vào Việt Nam cho bán dẫn' },
      { id: 'p-lg', by: 'lg-group', to: 'vietnam', kind: 'investment', amount: 3e9, unit: 'USD', amountText: '3 tỷ USD', amountUsd: 3e9,
        period: { start: 2024, end: 2029 }, status: 'planned', incremental: true, sectors: [], quote: 'Tập đoàn LG dự kiến rót thêm 3 tỷ USD vào Việt Nam trong 5 năm tới' },
    ],
  });
  const a2 = buildClaims(NIC_TEXT, {
    file: 'fixtures/nic.txt', published: '2023-09-20',
    actors: [ACTORS.nvidia, ACTORS.nic, ACTORS.nicHoaLac, ACTORS.intel, ACTORS.vietnam],
    sectors: [{ id: 'semiconductors', name: 'Semiconductors', seen: ['bán dẫn'] }],
    relations: [
      { type: 'PARTNERS_WITH', from: 'nic', to: 'nvidia', quote: 'Nvidia ký kết hợp tác với Trung tâm Đổi mới sáng tạo quốc gia', date: '2023-09' },
      { type: 'PART_OF', from: 'nic-hoa-lac', to: 'nic', quote: 'NIC Hòa Lạc là cơ sở của Trung tâm Đổi mới sáng tạo quốc gia' },
    ],
    pledges: [
      { id: 'p-intel', by: 'intel', to: 'vietnam', kind: 'investment', amount: 5e8, unit: 'USD', amountText: '500 triệu USD', amountUsd: 5e8,
        period: null, status: 'interest', sectors: ['semiconductors'], quote: 'Intel muốn đầu tư 500 triệu USD vào bán dẫn tại Việt Nam' },
    ],
  });
  const a3 = buildClaims(US_TEXT, {
    file: 'fixtures/us.txt', published: '2024-01-05',
    actors: [ACTORS.us, ACTORS.vietnam, ACTORS.korea],
    relations: [
      { type: 'PARTNERS_WITH', from: 'united-states', to: 'vietnam', quote: 'Hoa Kỳ hợp tác với Việt Nam về bán dẫn', date: '2024' },
      { type: 'MEETS', from: 'south-korea', to: 'vietnam', quote: 'Hàn Quốc gặp gỡ Việt Nam', date: '2024' },
    ],
  });
  return [{ claims: a1, text: SAMSUNG_TEXT }, { claims: a2, text: NIC_TEXT }, { claims: a3, text: US_TEXT }];
}

const pad = (i: number) => String(i).padStart(2, '0');
export const syntheticId = (i: number) => `congty-${pad(i)}`;

/** n companies "Công ty Số NN", each partnering with the next, in one article each (own evidence). */
export function syntheticArticles(n: number) {
  const out = [];
  for (let i = 1; i <= n; i++) {
    const me = A(syntheticId(i), `Công ty Số ${pad(i)}`, 'company', 'vietnam');
    const next = A(syntheticId((i % n) + 1), `Công ty Số ${pad((i % n) + 1)}`, 'company', 'vietnam');
    const text = `Tin số ${pad(i)}\n${me.name} hợp tác với ${next.name}. ${me.name} đầu tư vào Việt Nam.`;
    out.push({
      text,
      claims: buildClaims(text, {
        file: `fixtures/synthetic-${pad(i)}.txt`, published: `2022-01-${pad(i)}`,
        actors: [me, next, ACTORS.vietnam],
        relations: [
          { type: 'PARTNERS_WITH', from: me.id < next.id ? me.id : next.id, to: me.id < next.id ? next.id : me.id, quote: `${me.name} hợp tác với ${next.name}`, date: `2022-01-${pad(i)}` },
          { type: 'INVESTS_IN', from: me.id, to: 'vietnam', quote: `${me.name} đầu tư vào Việt Nam`, date: `2022-01-${pad(i)}` },
        ],
      }),
    });
  }
  return out;
}

export function fixtureReference(syntheticCount: number): Reference {
  const synthetic = Array.from({ length: syntheticCount }, (_, k) => A(syntheticId(k + 1), `Công ty Số ${pad(k + 1)}`, 'company', 'vietnam'));
  return {
    gazetteer: [...Object.values(ACTORS), ...synthetic].map((a) => ({
      id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, country: a.country ?? null, partOf: null, sectors: [], caseSensitive: [],
    })),
    sectors: [
      { id: 'high-tech', name: 'High technology', nameVi: 'Công nghệ cao', parent: null, keywords: { vi: ['công nghệ cao'], en: [] } },
      { id: 'semiconductors', name: 'Semiconductors', nameVi: 'Bán dẫn', parent: 'high-tech', keywords: { vi: ['bán dẫn'], en: [] } },
      { id: 'ai', name: 'Artificial intelligence', nameVi: 'Trí tuệ nhân tạo', parent: 'high-tech', keywords: { vi: ['trí tuệ nhân tạo'], en: [] } },
    ],
    merges: [],
  };
}

export const SYNTHETIC_COUNT = 24;

/** Loads the fixture graph (three articles + SYNTHETIC_COUNT synthetic ones); fails on any load failure. */
export async function loadFixtureGraph(driver: Driver): Promise<void> {
  const reference = fixtureReference(SYNTHETIC_COUNT);
  const session = driver.session();
  try {
    await session.executeWrite((tx) => loadSectors(tx, reference));
  } finally {
    await session.close();
  }
  const items = [...fixtureArticles(), ...syntheticArticles(SYNTHETIC_COUNT)];
  const plans = items.map((it) => planArticleLoad(it.claims, reference, it.text));
  const warnings = plans.flatMap((p) => p.warnings);
  if (warnings.length) throw new Error(`fixture plan warnings: ${warnings.join('; ')}`);
  const result = await loadArticles(driver, plans);
  if (result.failures.length) throw new Error(`fixture load failed: ${result.failures.map((f) => f.error).join('; ')}`);
}
