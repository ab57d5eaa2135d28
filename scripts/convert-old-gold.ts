/**
 * ONE-OFF (issue 13, item 2): converts the project's first gold format (test/fixtures/gold/*.json and
 * test/fixtures/heldout/gold/*.json, shape of the old src/core/score/gold.ts) into the owner's format
 * of ../shared/corpus/GOLD-CONVENTIONS.md (NN_slug.txt + NN_slug.gold.json in one folder).
 *
 *   npx tsx scripts/convert-old-gold.ts OLD_GOLD_DIR TEXT_DIR OUT_DIR
 *
 * Only what the new format or its conventions force is changed; nothing is re-annotated:
 * - canonical names of countries, well-known places and bodies in English (the old names stay as
 *   aliases); aliases kept only where they are exact substrings of the text (a case/diacritic variant
 *   found in the text replaces a missing one); titles and honorifics stripped from persons' aliases;
 * - kinds: facility → organization (a named centre or plant), or place for a site (NIC Hòa Lạc);
 * - relations: PART_OF → LOCATED_IN for places, SUBSIDIARY_OF for a unit of an organisation;
 *   OPERATES → SUBSIDIARY_OF (centre → company) or LOCATED_IN (operator → site); FOCUSES_ON only from
 *   organisation-type actors, to the vocabulary's sectors (the headline ancestor of the old id, else
 *   dropped); relations only requested by another party dropped (listed below, one by one);
 * - pledges: aid → other, interest → announced, in_progress → completed; period as text; running
 *   totals flagged cumulative (listed below); mutual, qualifier, requestedBy dropped;
 * - `incidental` set exactly when no pledge or relation refers to the actor.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface OldActor { name: string; kind: string; aliases?: string[] }
interface OldPledge {
  by: string; to: string | null; kind: string; amount: number | null; unit: string | null; status: string;
  period?: { start: number | null; end: number | null } | null; sectors?: string[]; quote: string; note?: string;
}
interface OldRelation { type: string; from: string; to: string; role?: string | null; date?: string | null; quote: string; note?: string }
interface OldGold { file: string; published?: string | null; actors: OldActor[]; pledges: OldPledge[]; relations: OldRelation[] }

const RENAME: Record<string, string> = {
  'Việt Nam': 'Vietnam', 'Hàn Quốc': 'South Korea', 'Hoa Kỳ': 'United States', 'Mỹ': 'United States',
  'Nhật Bản': 'Japan', 'Đức': 'Germany', 'Lào': 'Laos', 'Đan Mạch': 'Denmark',
  TPHCM: 'Ho Chi Minh City', 'TP Hồ Chí Minh': 'Ho Chi Minh City', 'Hà Nội': 'Hanoi', 'Đà Nẵng': 'Da Nang',
  'Đông Nam Á': 'Southeast Asia', 'thung lũng Silicon': 'Silicon Valley', 'Chính phủ': 'Government of Vietnam',
  'Bộ Kế hoạch - Đầu tư': 'Ministry of Planning and Investment', 'Bộ Kế hoạch và Đầu tư': 'Ministry of Planning and Investment',
  'Bộ Ngoại giao': 'Ministry of Foreign Affairs', 'Bộ Ngoại giao Mỹ': 'US Department of State',
  'Trung tâm Đổi mới sáng tạo quốc gia': 'National Innovation Center', 'Diễn đàn Kinh tế thế giới': 'World Economic Forum',
  'Bộ Khoa học và Công nghệ': 'Ministry of Science and Technology', 'Bộ Tài chính': 'Ministry of Finance',
  'Cơ quan Hợp tác Quốc tế Nhật Bản': 'Japan International Cooperation Agency',
  'Đại học Quốc gia Hà Nội': 'Vietnam National University, Hanoi', 'Đại học Bách khoa Hà Nội': 'Hanoi University of Science and Technology',
  'Khu công nghệ cao Hòa Lạc': 'Hoa Lac Hi-Tech Park', 'Hòa Lạc': 'Hoa Lac', 'NIC Hòa Lạc': 'NIC Hoa Lac',
  'Thái Nguyên': 'Thai Nguyen', 'Bắc Ninh': 'Bac Ninh', 'Bắc Giang': 'Bac Giang', 'Khu công nghệ cao Đà Nẵng': 'Da Nang Hi-Tech Park',
  'Đại học Đà Nẵng': 'University of Da Nang', 'Trường Đại học Kinh tế quốc dân': 'National Economics University',
  'Đại sứ quán Hoa Kỳ tại Việt Nam': 'US Embassy in Vietnam', 'Đại sứ quán Việt Nam tại Lào': 'Embassy of Vietnam in Laos',
  'Quốc hội Bulgaria': 'National Assembly of Bulgaria', 'Hội đồng Kinh doanh Hoa Kỳ - ASEAN': 'US-ASEAN Business Council',
};

const FACILITY_KIND: Record<string, string> = { 'NIC Hòa Lạc': 'place' };

/** Relations the text states only as another party's request (GOLD-CONVENTIONS, "Modality"): file stem, type, from, to. */
const REQUESTED_ONLY = new Set([
  '004_8f2edd54ac70151b|PARTNERS_WITH|Mạng lưới đổi mới sáng tạo Việt Nam tại thung lũng Silicon|Trung tâm Đổi mới sáng tạo quốc gia',
  '004_8f2edd54ac70151b|INVESTS_IN|ARM|Việt Nam',
  '004_8f2edd54ac70151b|INVESTS_IN|ARM|NIC Hòa Lạc',
  '004_8f2edd54ac70151b|PARTNERS_WITH|ARM|Trung tâm Đổi mới sáng tạo quốc gia',
  '01_ampere-da-nang|INVESTS_IN|Ampere Computing|Việt Nam',
  '02_semco-thai-nguyen|PARTNERS_WITH|SEMV|Đại học Thái Nguyên',
  '02_semco-thai-nguyen|PARTNERS_WITH|SEMV|Việt Nam',
  '03_jica-oda-hoa-lac|TRAINS|JICA|Việt Nam',
  '04_mou-ai-bach-khoa-qualcomm|INVESTS_IN|Qualcomm|Đại học Bách khoa Hà Nội',
  '05_thu-tuong-new-york-ceo|TRAINS|Amkor Technology|Việt Nam',
  '05_thu-tuong-new-york-ceo|PARTNERS_WITH|Amkor Technology|Việt Nam',
  '05_thu-tuong-new-york-ceo|INVESTS_IN|Marvell Technology|Việt Nam',
  '05_thu-tuong-new-york-ceo|PARTNERS_WITH|Marvell Technology|Trung tâm Đổi mới sáng tạo quốc gia',
  '06_bac-giang-hana-micron|TRAINS|Tập đoàn Hana Micron|Bắc Giang',
]);

/** Running totals ("nâng tổng vốn … lên", "đến nay đã giải ngân", "tổng vốn ODA … kể từ"): quotes' beginnings. */
const CUMULATIVE = [
  'SEMV nâng tổng vốn đầu tư', 'doanh nghiệp đã giải ngân toàn bộ 2,5 tỷ USD', 'Nhật Bản hiện là nhà tài trợ song phương lớn nhất',
  'Tập đoàn dự kiến tiếp tục giải ngân để nâng tổng vốn', 'Dự án Hana Micron Vina thứ nhất',
];

const PLEDGE_KIND: Record<string, string> = { aid: 'other' };
const STATUS: Record<string, string> = { interest: 'announced', in_progress: 'completed' };
const ORG_KINDS = new Set(['company', 'government', 'organization', 'university']);
const PERSON_PREFIX = /^(ông|bà|Ông|Bà)\s+/u;

const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** An exact surface form of `alias` in `text` that differs only in case, diacritics or punctuation. */
function findInText(text: string, alias: string): string | null {
  if (text.includes(alias)) return alias;
  const want = fold(alias);
  if (!want) return null;
  const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let start = 0; start < text.length; start++) {
    if (isWord(text[start - 1]) || !isWord(text[start])) continue;
    for (let end = start + 1; end <= Math.min(text.length, start + alias.length + 8); end++) {
      const got = fold(text.slice(start, end));
      if (got === want && !isWord(text[end])) return text.slice(start, end);
      if (!want.startsWith(got)) break;
    }
  }
  return null;
}

/** Sector id of seeds/reference/sectors.json → the gold vocabulary's name (its headline ancestor), or null. */
function sectorMapper(): (id: string) => string | null {
  const sectors = JSON.parse(readFileSync('seeds/reference/sectors.json', 'utf8')) as { id: string; name: string; parent: string | null; headline?: boolean }[];
  const byId = new Map(sectors.map((s) => [s.id, s]));
  return (id) => {
    for (let s = byId.get(id), hops = 0; s && hops < 10; s = s.parent ? byId.get(s.parent) : undefined, hops++) {
      if (s.headline) return s.name.toLowerCase();
    }
    return null;
  };
}

function periodText(period: OldPledge['period']): string | null {
  if (!period || (period.start === null && period.end === null)) return null;
  if (period.start !== null && period.end !== null) return period.start === period.end ? `${period.start}` : `${period.start}-${period.end}`;
  return period.start !== null ? `from ${period.start}` : `to ${period.end}`;
}

function convert(old: OldGold, text: string, stem: string, sector: (id: string) => string | null): unknown {
  const canonical = new Map<string, string>(); // folded old name or alias → new canonical name
  const actors = old.actors.map((a) => {
    const name = RENAME[a.name] ?? a.name;
    let kind = a.kind === 'facility' ? (FACILITY_KIND[a.name] ?? 'organization') : a.kind;
    if (!['company', 'government', 'organization', 'university', 'country', 'place', 'person'].includes(kind)) kind = 'organization';
    const forms = [a.name, ...(a.aliases ?? [])];
    for (const form of forms) canonical.set(fold(form), name);
    const found = forms.map((form) => findInText(text, form)).filter((form): form is string => form !== null);
    let aliases = [...new Set(found)];
    if (kind === 'person') {
      // "Bộ trưởng Dũng", "ông Chinh": titles and honorifics are not part of a name.
      const covered = (alias: string): boolean => aliases.some((other) => other !== alias && alias.endsWith(` ${other}`));
      aliases = aliases.filter((alias) => !covered(alias)).map((alias) => {
        const bare = alias.replace(PERSON_PREFIX, '');
        return text.includes(bare) ? bare : alias;
      });
      aliases = [...new Set(aliases)];
    }
    if (aliases.length === 0) throw new Error(`${stem}: no exact form of ${a.name} in the text`);
    return { name, kind, aliases };
  });
  const resolve = (n: string): string => {
    const found = canonical.get(fold(n));
    if (!found) throw new Error(`${stem}: unknown actor ${n}`);
    return found;
  };
  const kindOf = new Map(actors.map((a) => [a.name, a.kind]));
  const articleSectors = new Set<string>();

  const pledges = old.pledges.map((p) => {
    const sectors = [...new Set((p.sectors ?? []).map(sector).filter((s): s is string => s !== null))];
    for (const s of sectors) articleSectors.add(s);
    return {
      by: resolve(p.by), to: p.to === null ? null : resolve(p.to), kind: PLEDGE_KIND[p.kind] ?? p.kind, amount: p.amount, unit: p.unit,
      period: periodText(p.period), status: STATUS[p.status] ?? p.status, sectors, quote: p.quote,
      ...(CUMULATIVE.some((start) => p.quote.startsWith(start)) ? { cumulative: true } : {}),
      ...(p.note ? { note: p.note } : {}),
    };
  });

  const seen = new Set<string>();
  const relations = old.relations.flatMap((r) => {
    if (REQUESTED_ONLY.has(`${stem}|${r.type}|${r.from}|${r.to}`)) return [];
    let type = r.type;
    let from = resolve(r.from);
    let to = r.type === 'FOCUSES_ON' ? r.to : resolve(r.to);
    if (type === 'FOCUSES_ON') {
      const mapped = sector(r.to);
      if (mapped === null || !ORG_KINDS.has(kindOf.get(from) ?? '')) return [];
      to = mapped;
      articleSectors.add(mapped);
    } else if (type === 'PART_OF') {
      type = kindOf.get(from) === 'place' ? 'LOCATED_IN' : 'SUBSIDIARY_OF';
    } else if (type === 'OPERATES') {
      if (kindOf.get(to) === 'place') type = 'LOCATED_IN';
      else [type, from, to] = ['SUBSIDIARY_OF', to, from];
    }
    const key = ['MEETS', 'PARTNERS_WITH'].includes(type) ? [type, ...[from, to].sort()].join('|') : [type, from, to, r.role ?? ''].join('|');
    if (seen.has(key)) return [];
    seen.add(key);
    return [{
      type, from, to, ...(type === 'HOLDS_ROLE' ? { role: r.role } : {}), date: r.date ?? null, quote: r.quote,
      ...(r.note ? { note: r.note } : {}),
    }];
  });

  const used = new Set([...pledges.flatMap((p) => [p.by, p.to]), ...relations.flatMap((r) => [r.from, r.to])]);
  const published = old.published && /^\d{4}-\d{2}-\d{2}$/.test(old.published) ? old.published : null;
  return {
    article: `${stem}.txt`,
    published,
    actors: actors.map((a) => (used.has(a.name) ? a : { ...a, incidental: true })),
    sectors: [...articleSectors].sort(),
    pledges,
    relations,
  };
}

/** One item a line, as the old files were: reviewable in a diff. */
function format(gold: Record<string, unknown>): string {
  const lines = Object.entries(gold).map(([key, value]) => {
    if (!Array.isArray(value) || value.length === 0 || typeof value[0] !== 'object') return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    return `  ${JSON.stringify(key)}: [\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

const [oldDir, textDir, outDir] = process.argv.slice(2);
if (!oldDir || !textDir || !outDir) {
  console.error('usage: npx tsx scripts/convert-old-gold.ts OLD_GOLD_DIR TEXT_DIR OUT_DIR');
  process.exit(2);
}
const sector = sectorMapper();
for (const name of readdirSync(oldDir).filter((n) => n.endsWith('.json') && n !== 'manifest.json').sort()) {
  const old = JSON.parse(readFileSync(join(oldDir, name), 'utf8')) as OldGold;
  const stem = old.file.replace(/\.txt$/, '');
  const text = readFileSync(join(textDir, old.file), 'utf8');
  writeFileSync(join(outDir, `${stem}.gold.json`), format(convert(old, text, stem, sector) as Record<string, unknown>));
  console.error(`${name} → ${stem}.gold.json`);
}
