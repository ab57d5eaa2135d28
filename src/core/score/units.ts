/**
 * Unit keys: the extractor may spell a unit in English or Vietnamese, singular or plural; the gold
 * uses USD, VND, people, universities, companies, percent. Counts of organisations (investors,
 * businesses, firms) are all "companies".
 */
import { foldName } from './fold-name.ts';

const SYNONYMS: Readonly<Record<string, string>> = {
  usd: 'usd', dollar: 'usd', dollars: 'usd', usdollar: 'usd', dolamy: 'usd',
  vnd: 'vnd', dong: 'vnd',
  people: 'people', person: 'people', persons: 'people', nguoi: 'people', engineers: 'people',
  engineer: 'people', kysu: 'people', workers: 'people', students: 'people',
  universities: 'universities', university: 'universities', truongdaihoc: 'universities',
  companies: 'companies', company: 'companies', investors: 'companies', investor: 'companies',
  businesses: 'companies', firms: 'companies', enterprises: 'companies', nhadautu: 'companies',
  doanhnghiep: 'companies', congty: 'companies',
  percent: 'percent', pct: 'percent', '%': 'percent',
};

export function unitKey(unit: string): string {
  const trimmed = unit.trim();
  if (trimmed === '%') return 'percent';
  const folded = foldName(trimmed);
  return SYNONYMS[folded] ?? folded;
}

/** Gold null is "don't care". */
export function unitsAgree(gold: string | null, extracted: string | null): boolean {
  if (gold === null) return true;
  return extracted !== null && unitKey(gold) === unitKey(extracted);
}

/** Amounts agree when within 1% of each other; gold null is "don't care". */
export function amountsAgree(gold: number | null, extracted: number | null): boolean {
  if (gold === null) return true;
  if (extracted === null) return false;
  const scale = Math.max(Math.abs(gold), Math.abs(extracted));
  return scale === 0 || Math.abs(gold - extracted) / scale < 0.01;
}
