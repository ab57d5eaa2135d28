/**
 * The names the synthetic corpus draws from: actors of the real gazetteer (so the extractor's
 * gazetteer matcher works as on real news), plus generated Vietnamese companies and people that the
 * gazetteer lacks (so the pattern rules work too and the graph grows with the corpus).
 * Pools have a fixed size, independent of the corpus size: article i is the same in every corpus.
 */
import type { Reference } from '../../src/core/reference.ts';
import { createRng, hashSeed, type Rng } from './prng.ts';

export interface Person {
  /** Full name as written ("Nguyễn Văn An", "David Miller"). */
  name: string;
  /** Short form for a second mention ("ông An", "ông Miller"). */
  short: string;
  title: string;
  org: string;
}

export interface Pools {
  foreignCompanies: string[];
  vnCompanies: string[];
  ministries: string[];
  foreignGovs: string[];
  provinces: string[];
  universities: string[];
  facilities: string[];
  countries: string[];
  /** One Vietnamese keyword per sector, more for the common ones. */
  sectorWords: string[];
  /** People at foreign companies, and officials of Vietnamese ministries. */
  companyPeople: Person[];
  officials: Person[];
  /** People at Vietnamese companies and universities. */
  otherPeople: Person[];
}

const FIELDS = ['Công nghệ', 'Điện tử', 'Phần mềm', 'Năng lượng', 'Vi mạch', 'Viễn thông', 'Dữ liệu', 'Kỹ thuật'];
const SYLLABLES = ['An', 'Bảo', 'Minh', 'Phát', 'Thành', 'Hưng', 'Tiến', 'Long', 'Hoàng', 'Phúc', 'Tân', 'Gia', 'Kim',
  'Đại', 'Quang', 'Trí', 'Thiên', 'Khang', 'Thịnh', 'Vượng', 'Sao', 'Mai', 'Lộc', 'Đức', 'Tín', 'Trung', 'Hòa', 'Phong'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLES = ['Văn', 'Thị', 'Minh', 'Quốc', 'Thanh', 'Hữu', 'Đức', 'Chí', 'Hồng', 'Ngọc', 'Xuân', 'Mạnh'];
const GIVENS = ['An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Lan', 'Hằng', 'Sơn', 'Tuấn', 'Hải', 'Nam', 'Phương', 'Thảo',
  'Trung', 'Vinh', 'Khoa', 'Long', 'Huy', 'Quân', 'Linh', 'Tâm', 'Thắng', 'Hiếu', 'Đạt'];
const LATIN_FIRST = ['David', 'Michael', 'John', 'Sarah', 'Robert', 'Emily', 'Thomas', 'Laura', 'Daniel', 'Anna', 'Peter', 'Kevin'];
const LATIN_LAST = ['Miller', 'Johnson', 'Anderson', 'Schmidt', 'Tanaka', 'Suzuki', 'Park', 'Kim', 'Lee', 'Chen', 'Wagner', 'Martin'];

const VN_COMPANY_TITLES = ['Chủ tịch', 'Tổng giám đốc', 'Giám đốc', 'Phó Tổng giám đốc'];
const FOREIGN_COMPANY_TITLES = ['Tổng giám đốc', 'Giám đốc quốc gia', 'Chủ tịch', 'Phó Chủ tịch'];
const MINISTRY_TITLES = ['Bộ trưởng', 'Thứ trưởng', 'Thứ trưởng'];
const UNIVERSITY_TITLES = ['Hiệu trưởng', 'Giám đốc', 'Phó Giám đốc'];

/** Generated Vietnamese companies: many, drawn with a long tail, so new actors keep appearing as the corpus grows. */
function generatedCompanies(rng: Rng, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const a = rng.pick(SYLLABLES);
    let b = rng.pick(SYLLABLES);
    while (b === a) b = rng.pick(SYLLABLES);
    names.add(`Công ty Cổ phần ${rng.pick(FIELDS)} ${a} ${b}`);
  }
  return [...names];
}

function vietnameseName(rng: Rng): { name: string; short: string } {
  const given = rng.pick(GIVENS);
  return { name: `${rng.pick(SURNAMES)} ${rng.pick(MIDDLES)} ${given}`, short: `ông ${given}` };
}

export function buildPools(reference: Reference, seed: string): Pools {
  const rng = createRng(hashSeed(`${seed}:pools`));
  const g = reference.gazetteer;
  const isVn = (country: string | null) => country === 'vietnam';
  const foreignCompanies = g.filter((e) => e.kind === 'company' && !isVn(e.country)).map((e) => e.name);
  const vnCompanies = [...g.filter((e) => e.kind === 'company' && isVn(e.country)).map((e) => e.name), ...generatedCompanies(rng, 1500)];
  // Only "Bộ …" ministries: they read naturally after a minister's title.
  const ministries = g.filter((e) => e.kind === 'government' && isVn(e.country) && e.name.startsWith('Bộ ') && e.name !== 'Bộ Chính trị').map((e) => e.name);
  const foreignGovs = g.filter((e) => e.kind === 'government' && !isVn(e.country)).map((e) => e.name);
  const provinces = g.filter((e) => e.kind === 'place' && isVn(e.country)).map((e) => e.name);
  const universities = g.filter((e) => e.kind === 'university' && isVn(e.country)).map((e) => e.name);
  const facilities = g.filter((e) => e.kind === 'facility' && isVn(e.country)).map((e) => e.name);
  const countries = g.filter((e) => e.kind === 'country' && e.id !== 'vietnam').map((e) => e.name);
  const sectorWords = reference.sectors.map((s) => s.keywords.vi[0]!).filter(Boolean);

  const companyPeople: Person[] = [];
  const officials: Person[] = [];
  const others: Person[] = [];
  const used = new Set<string>();
  const addPerson = (to: Person[], make: () => { name: string; short: string }, title: string, org: string) => {
    let p = make();
    for (let tries = 0; used.has(p.name) && tries < 20; tries++) p = make();
    if (used.has(p.name)) return;
    used.add(p.name);
    to.push({ ...p, title, org });
  };
  for (let i = 0; i < 3000; i++) {
    const r = rng.next();
    if (r < 0.3) addPerson(others, () => vietnameseName(rng), rng.pick(VN_COMPANY_TITLES), rng.zipf(vnCompanies, 0.8));
    else if (r < 0.55) {
      addPerson(companyPeople, () => {
        const last = rng.pick(LATIN_LAST);
        return { name: `${rng.pick(LATIN_FIRST)} ${last}`, short: `ông ${last}` };
      }, rng.pick(FOREIGN_COMPANY_TITLES), rng.zipf(foreignCompanies, 0.8));
    } else if (r < 0.85) addPerson(officials, () => vietnameseName(rng), rng.pick(MINISTRY_TITLES), rng.zipf(ministries, 0.8));
    else addPerson(others, () => vietnameseName(rng), rng.pick(UNIVERSITY_TITLES), rng.pick(universities));
  }
  return { foreignCompanies, vnCompanies, ministries, foreignGovs, provinces, universities, facilities, countries, sectorWords, companyPeople, officials, otherPeople: others };
}
