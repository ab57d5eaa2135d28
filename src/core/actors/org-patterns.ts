/**
 * Organisations the gazetteer lacks, found by their head word: "Trung tâm Cách mạng công nghiệp lần
 * thứ 4 (C4IR) TPHCM", "Tập đoàn công nghệ Nvidia", "Đại sứ quán Việt Nam tại Lào", and a known
 * ministry narrowed by a country ("Bộ Ngoại giao Mỹ").
 */
import { slugify } from '../text/fold.ts';
import { keyOf } from './gazetteer-matcher.ts';
import { governmentsOf } from './governments.ts';
import { orgHeadTrie, type OrgHead } from './org-heads.ts';
import { firstNode, matchFrom } from './phrase-trie.ts';
import {
  adjacent, capAt, countryOf, isAcronym, isLatinName, isWord, lowerAt, placeAt, wordAt, type ScanContext,
} from './scan-context.ts';
import { surfaceMatches } from './surface-check.ts';
import type { ActorCandidate, ActorSpan } from './types.ts';
import { NAME_STOPS, QUANTIFIERS, SURNAMES, VERB_PAIRS } from './vietnamese-words.ts';

interface NameRead {
  last: number;
  acronym: string | null;
  place: ActorSpan | undefined;
  brand: { first: number; last: number } | null;
  /** A known company the descriptor leads to ("Tập đoàn công nghệ Nvidia"). */
  known?: ActorSpan;
  host?: ActorSpan;
}

function isStop(ctx: ScanContext, k: number): boolean {
  const w = lowerAt(ctx, k);
  return NAME_STOPS.has(w) || VERB_PAIRS.has(`${w} ${lowerAt(ctx, k + 1)}`);
}

/** A whole organisation head starts at token k ("Bộ", "Công ty"), not just a word one may start with ("Công nghiệp"). */
function headAt(ctx: ScanContext, k: number): boolean {
  const node = firstNode(orgHeadTrie(), ctx.ids, k);
  if (!node) return false;
  return matchFrom(node, ctx.tokens, ctx.ids, k).some((hit) => hit.payloads.some((h) => surfaceMatches(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[hit.last]!.end), h.form)));
}

/** "(C4IR)" at token k: the acronym, or null. */
function acronymAt(ctx: ScanContext, k: number): string | null {
  const open = ctx.tokens[k];
  const close = ctx.tokens[k + 2];
  if (open?.key !== '(' || close?.key !== ')' || !isAcronym(ctx, k + 1)) return null;
  return wordAt(ctx, k + 1);
}

/** "Bắc Ninh II", "Yên Phong II-C", "Quế Võ 3": a park's number after its place name; the last token. */
function numberSuffixEnd(ctx: ScanContext, last: number): number {
  const w = wordAt(ctx, last + 1);
  if (!adjacent(ctx, last + 1) || !/^(?:[IVX]{1,4}|\d{1,2})$/.test(w)) return last;
  let end = last + 1;
  if (ctx.tokens[end + 1]?.key === '-' && /^[A-Z]$/.test(wordAt(ctx, end + 2)) && adjacent(ctx, end + 2)) end += 2;
  return end;
}

/** "(Việt Nam)", "(Nghệ An)" right after a company's name: the local unit's place; the closing token. */
function localUnitEnd(ctx: ScanContext, last: number): number {
  if (ctx.tokens[last + 1]?.key !== '(' || !adjacent(ctx, last + 1)) return -1;
  const place = placeAt(ctx, last + 2);
  if (!place || ctx.tokens[place.last + 1]?.key !== ')') return -1;
  const inVietnam = place.actor.id === 'vietnam' || (place.actor.kind === 'place' && place.actor.country === 'vietnam');
  return inVietnam ? place.last + 1 : -1;
}

/** Consecutive Latin brand words from k ("Samsung Electronics", "LG Display"). */
function readBrand(ctx: ScanContext, k: number): { first: number; last: number } | null {
  if (!isLatinName(ctx, k) || ctx.gazAt.has(k)) return null;
  let last = k;
  for (;;) {
    if (last - k < 2 && isLatinName(ctx, last + 1) && adjacent(ctx, last + 1) && !ctx.gazAt.has(last + 1)) last++;
    // "Luxshare - ICT": a hyphen joins two brand words.
    else if (ctx.tokens[last + 1]?.key === '-' && isLatinName(ctx, last + 2) && adjacent(ctx, last + 2) && last - k < 2) last += 2;
    else break;
  }
  const legal = legalFormEnd(ctx, last);
  return { first: k, last: legal > 0 ? legal : last };
}

/** English legal forms that close a foreign company's full name ("… Technology Co., Ltd", "… Holdings Inc"). */
const LEGAL_FORMS = new Set(['co', 'ltd', 'inc', 'corp', 'corporation', 'jsc', 'llc', 'limited', 'plc', 'pte', 'gmbh']);

const LEGAL_TAIL = /(?:[\s,.]+(?:Co|Ltd|Inc|Corp|Corporation|JSC|LLC|Limited|PLC|Pte|GmbH)\.?)+$/u;

/**
 * "Yangzhou Yangjie Electronic Technology Co., Ltd": a brand longer than three words is read whole
 * when a legal form closes it within a few more Latin words; the legal form's last token, or -1.
 */
function legalFormEnd(ctx: ScanContext, last: number): number {
  const legalAt = (n: number) => isWord(ctx, n) && adjacent(ctx, n) && capAt(ctx, n) && LEGAL_FORMS.has(ctx.tokens[n]!.key);
  let k = last;
  for (let words = 0; words < 4 && !legalAt(k + 1); words++) {
    if (!isLatinName(ctx, k + 1) || !adjacent(ctx, k + 1) || ctx.gazAt.has(k + 1)) return -1;
    k++;
  }
  if (!legalAt(k + 1)) return -1;
  k++;
  // "Co., Ltd": a second legal form after the first one's dot and a comma.
  for (;;) {
    const dot = ctx.tokens[k + 1]?.key === '.' && ctx.tokens[k + 1]!.start === ctx.tokens[k]!.end ? 1 : 0;
    const comma = ctx.tokens[k + 1 + dot]?.key === ',' ? 1 : 0;
    if (dot + comma === 0 || !legalAt(k + 1 + dot + comma)) return k;
    k += 1 + dot + comma;
  }
}

/** Lines of business a Vietnamese company's legal name lists, joined by "và" ("Đầu tư và Phát triển"). */
const BUSINESS_LINES = new Set([
  'đầu tư', 'thương mại', 'dịch vụ', 'phát triển', 'sản xuất', 'xây dựng', 'công nghệ', 'nhập khẩu', 'kỹ thuật', 'du lịch',
  'năng lượng', 'viễn thông', 'truyền thông', 'tư vấn', 'giải pháp', 'điện tử', 'vận tải', 'chế biến', 'nghiên cứu', 'ứng dụng',
  'chuyển giao', 'phân phối', 'thiết kế', 'đào tạo', 'xuất khẩu', 'khai thác',
]);

/** A capitalised name after a head, with its lower-case tail, acronym and place qualifier. */
function readProperName(ctx: ScanContext, j: number, joinVa = false, takesCompany: 'no' | 'after-descriptor' | 'anywhere' = 'no'): NameRead | null {
  let last = -1;
  let acronym: string | null = null;
  let place: ActorSpan | undefined;
  let lowerRun = 0;
  for (let k = j; k < ctx.tokens.length && k - j < 14; k++) {
    if (k > j && !adjacent(ctx, k) && ctx.tokens[k]?.key !== '(') break;
    const known = ctx.gazAt.get(k);
    // A company's or a park's own name may hold a known company: "Công ty TNHH Công Nghệ Thông Minh
    // Goertek Vina", "Khu công nghiệp VSIP Bắc Ninh II".
    if (known && known.actor.kind === 'company' && (takesCompany === 'anywhere' || (takesCompany === 'after-descriptor' && k > j))) {
      last = known.last;
      k = known.last;
      continue;
    }
    if (known) {
      if (k === j || (known.actor.kind !== 'country' && known.actor.kind !== 'place')) break;
      place = known;
      last = numberSuffixEnd(ctx, known.last);
      break;
    }
    if (!isWord(ctx, k)) {
      const acr = last >= 0 ? acronymAt(ctx, k) : null;
      if (acr) {
        acronym = acr;
        last = k + 2;
        place = placeAt(ctx, k + 3);
        if (place) last = place.last;
        break;
      }
      if ((ctx.tokens[k]?.key === '-' || ctx.tokens[k]?.key === '&') && capAt(ctx, k + 1)) continue;
      break;
    }
    if (capAt(ctx, k)) {
      if (last >= 0 && SURNAMES.has(ctx.tokens[k]?.key ?? '') && capAt(ctx, k + 1) && adjacent(ctx, k + 1)) break;
      if (k === j && isLatinName(ctx, k) && !isAcronym(ctx, k)) return null; // a brand: handled by readBrand
      lowerRun = 0;
    } else if (/^\d+$/.test(wordAt(ctx, k))) {
      if (lowerAt(ctx, k - 1) !== 'thứ') break;
    } else {
      // "Sở Kế hoạch và Đầu tư Bắc Giang", "Bộ Khoa học và Công nghệ": "và" inside a body's field, not between two bodies.
      // "Công ty CP Đầu tư Thương mại và Công nghệ Minh Quang": in a company's legal name, after a line of business.
      const va = joinVa || (takesCompany !== 'no' && BUSINESS_LINES.has(`${lowerAt(ctx, k - 2)} ${lowerAt(ctx, k - 1)}`));
      if (va && k > j && lowerAt(ctx, k) === 'và' && lowerRun < 3 && capAt(ctx, k + 1) && adjacent(ctx, k + 1)
        && !ctx.gazAt.has(k + 1) && !headAt(ctx, k + 1)) {
        last = k;
        continue;
      }
      if (k === j || isStop(ctx, k) || ++lowerRun > 6) break;
      if (last >= 0 && isLatinName(ctx, last) && !isAcronym(ctx, last)) break;
    }
    last = k;
  }
  return last >= j ? { last, acronym, place, brand: null } : null;
}

/** A gazetteer unit listed as a site but named like a company ("Hana Micron Vina", not "Nhà máy …"): "Công ty TNHH" before it names the company. */
function localUnit(s: ActorSpan): boolean {
  return s.actor.kind === 'facility' && /^[A-Z][A-Za-z0-9-]*(?: |$)/.test(s.actor.name);
}

/** Head + lower-case descriptor + brand, place or acronym ("Tập đoàn công nghệ Nvidia"). */
function readDescribed(ctx: ScanContext, j: number, head: OrgHead): NameRead | null {
  for (let k = j, n = 0; n <= 5 && k < ctx.tokens.length; k++, n++) {
    if (k > j && !adjacent(ctx, k)) return null;
    if (head.cls === 'company') {
      const company = ctx.gazAt.get(k);
      if (company && (company.actor.kind === 'company' || localUnit(company))) return { last: company.last, acronym: null, place: undefined, brand: null, known: company };
      const brand = readBrand(ctx, k);
      if (brand) return { last: brand.last, acronym: null, place: undefined, brand };
    } else if (n > 0) {
      const place = placeAt(ctx, k);
      if (place) return { last: place.last, acronym: null, place, brand: null };
      if (isAcronym(ctx, k)) return { last: k, acronym: null, place: undefined, brand: null };
    }
    if (!isWord(ctx, k) || capAt(ctx, k) || isStop(ctx, k)) return null;
  }
  return null;
}

/** University heads that a city's name may follow ("Đại học Tokyo"); "Viện", "Trường" alone are too loose. */
const CITY_NAMED = new Set(['đại học', 'trường đại học', 'học viện']);

/** "Đại học Idaho", "Học viện Tokyo": a university head, then a Latin name or a place; the name's last token. */
function readNamedAfter(ctx: ScanContext, j: number, head: OrgHead): NameRead | null {
  const place = placeAt(ctx, j);
  if (place) {
    if (!CITY_NAMED.has(head.form) || (capAt(ctx, place.last + 1) && adjacent(ctx, place.last + 1))) return null;
    return { last: place.last, acronym: null, place: undefined, brand: null };
  }
  if (!isLatinName(ctx, j) || isAcronym(ctx, j)) return null;
  const brand = readBrand(ctx, j);
  if (!brand || (capAt(ctx, brand.last + 1) && adjacent(ctx, brand.last + 1))) return null;
  return { last: brand.last, acronym: null, place: undefined, brand: null };
}

/** A capitalised name the gazetteer lacks after "tại" ("tại Fukuoka"): one to three words; the last token, or -1. */
export function readHostName(ctx: ScanContext, k: number): number {
  if (!capAt(ctx, k) || !adjacent(ctx, k) || ctx.gazAt.has(k) || headAt(ctx, k)) return -1;
  let last = k;
  while (last - k < 2 && capAt(ctx, last + 1) && adjacent(ctx, last + 1) && !ctx.gazAt.has(last + 1)
    && !SURNAMES.has(ctx.tokens[last + 1]!.key)) last++;
  // A person's name may follow the post ("Tổng Lãnh sự Việt Nam tại Fukuoka Vũ Chi Mai"): Latin place names stop at a surname.
  return last;
}

/** "Đại sứ quán Việt Nam tại Lào": a country, then optionally "tại" and a place. */
function readMission(ctx: ScanContext, j: number): NameRead | null {
  const country = placeAt(ctx, j);
  if (!country) return null;
  let last = country.last;
  let host: ActorSpan | undefined;
  if (lowerAt(ctx, last + 1) === 'tại') {
    host = placeAt(ctx, last + 2);
    if (host) last = host.last;
    else {
      const end = readHostName(ctx, last + 2);
      if (end >= 0) {
        const name = ctx.text.slice(ctx.tokens[last + 2]!.start, ctx.tokens[end]!.end);
        host = spanFrom(ctx, last + 2, end, candidateFor(ctx, name, 'place', null, [name]), 'mission-host-place', 0.6);
        last = end;
      }
    }
  }
  return { last, acronym: null, place: country, brand: null, host };
}

function candidateFor(ctx: ScanContext, name: string, kind: ActorCandidate['kind'], country: string | null, aliases: string[]): ActorCandidate {
  const known = ctx.gaz.byKey.get(keyOf(name));
  if (known) return known;
  return { id: slugify(name), name, kind, country, source: 'pattern', aliases, partOf: null };
}

function spanFrom(ctx: ScanContext, first: number, last: number, actor: ActorCandidate, rule: string, confidence: number): ActorSpan {
  return { first, last, start: ctx.tokens[first]!.start, end: ctx.tokens[last]!.end, actor, rule, confidence };
}

/** "các tập đoàn", "94 Cơ quan đại diện", or a head inside a person's name ("Lê Trường Duy"). */
function isGeneric(ctx: ScanContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev?.word || !adjacent(ctx, i)) return false;
  return QUANTIFIERS.has(prev.key) || /^\d/.test(prev.key) || capAt(ctx, i - 1);
}

/** Folded one-word short names of countries that follow a head as an adjective: "Công ty Nhật", "doanh nghiệp Hàn". */
const COUNTRY_SHORT = new Set(['nhat', 'han', 'my', 'trung', 'duc', 'phap', 'anh', 'uc', 'nga', 'an', 'thai', 'lao', 'singapore', 'dai']);

function organisationAt(ctx: ScanContext, i: number): ActorSpan | ActorSpan[] | null {
  const node = firstNode(orgHeadTrie(), ctx.ids, i);
  if (!node) return null;
  const hit = matchFrom(node, ctx.tokens, ctx.ids, i)[0];
  if (!hit) return null;
  const headText = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[hit.last]!.end);
  const head = hit.payloads.find((h) => surfaceMatches(headText, h.form));
  if (!head || head.cls === 'none' || isGeneric(ctx, i)) return null;
  const j = hit.last + 1;
  if (!adjacent(ctx, j)) return null;
  const headCap = capAt(ctx, i);
  let read: NameRead | null = null;
  if (head.cls === 'mission') read = headCap ? readMission(ctx, j) : null;
  else if (headCap && head.kind === 'university' && (read = readNamedAfter(ctx, j, head))) {
    // "Đại học Idaho", "Đại học Tokyo": a university named by a foreign word or a city is that university.
  } else if (headCap && capAt(ctx, j)) {
    read = readProperName(ctx, j, head.kind === 'government' || head.kind === 'university' || head.kind === 'organization',
      head.kind === 'facility' ? 'anywhere' : head.kind === 'company' ? 'after-descriptor' : 'no');
  }
  if (!read && (head.cls === 'company' || (headCap && head.cls === 'open'))) read = readDescribed(ctx, j, head);
  if (!read) return null;
  // "Công ty Nhật", "tập đoàn Hàn": a country's short name after a head says whose, it names no body.
  if (read.last === j && !read.known && !read.brand && COUNTRY_SHORT.has(ctx.tokens[j]!.key)) return null;
  // A local unit is its own actor (GOLD rule 4): "Công ty TNHH Công nghệ Shunsin (Việt Nam)", "Luxshare - ICT (Nghệ An)".
  let nameEnd = read.last;
  if (ctx.tokens[nameEnd + 1]?.key === '-' && /^[A-Z][A-Za-z0-9]*$/.test(wordAt(ctx, nameEnd + 2)) && adjacent(ctx, nameEnd + 2)) nameEnd += 2;
  const local = head.cls === 'company' ? localUnitEnd(ctx, nameEnd) : -1;
  if (local >= 0) {
    const name = ctx.text.slice(ctx.tokens[j]!.start, ctx.tokens[local]!.end);
    const surface = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[local]!.end);
    return spanFrom(ctx, i, local, candidateFor(ctx, surface, 'company', 'vietnam', [surface, name]), 'org-head-local-unit', 0.75);
  }
  if (read.known) return spanFrom(ctx, i, read.last, read.known.actor, 'org-head-known', 0.9);
  if (read.brand) {
    const brand = ctx.text.slice(ctx.tokens[read.brand.first]!.start, ctx.tokens[read.brand.last]!.end);
    const surface = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[read.last]!.end);
    // Its name without the legal form, as the article names it again ("… Technology Co., Ltd" → "… Technology").
    const bare = brand.replace(LEGAL_TAIL, '');
    const actor = candidateFor(ctx, bare || brand, head.kind, null, [...new Set([bare || brand, brand, surface])]);
    return spanFrom(ctx, i, read.last, actor, 'org-head-brand', 0.8);
  }
  const surface = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[read.last]!.end);
  const name = surface.replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ');
  const aliases = [surface, name];
  // A company is named again without its legal form ("Công ty TNHH MCC Việt Nam" … "MCC Việt Nam"):
  // that short form is looked for too when it cannot be a bare word of a sentence.
  const proper = ctx.text.slice(ctx.tokens[j]!.start, ctx.tokens[read.last]!.end);
  if (head.cls === 'company' && proper !== name && (read.last > j || isAcronym(ctx, j))) aliases.push(proper);
  if (read.acronym) {
    aliases.push(read.acronym);
    if (read.place) aliases.push(`${read.acronym} ${ctx.text.slice(read.place.start, read.place.end)}`);
  }
  const actor = candidateFor(ctx, name, head.kind, countryOf(read.place), aliases);
  if (read.host && actor.source === 'pattern') actor.locatedIn = read.host.actor.id;
  // A host the gazetteer lacks ("… tại Fukuoka") is a place of its own: the mission's span stops before "tại".
  if (read.host && read.host.actor.source === 'pattern' && read.place && actor.source === 'pattern') {
    // Its name keeps the host, so missions in two cities stay apart; what is looked for again is the mission alone.
    actor.aliases = [ctx.text.slice(ctx.tokens[i]!.start, read.place.end)];
    return [spanFrom(ctx, i, read.place.last, actor, 'org-head-mission', 0.75), read.host];
  }
  return spanFrom(ctx, i, read.last, actor, head.cls === 'mission' ? 'org-head-mission' : 'org-head', 0.75);
}

/** A gazetteer government body followed by a foreign country: that country's body. */
function narrowedAt(ctx: ScanContext, i: number): ActorSpan | null {
  const body = ctx.gazAt.get(i);
  if (!body || body.actor.kind !== 'government') return null;
  // "Chính phủ Liên bang Đức", "Chính phủ Cộng hòa Pháp": a form of state may stand between the body and its country.
  const state = STATE_FORMS.has(`${lowerAt(ctx, body.last + 1)} ${lowerAt(ctx, body.last + 2)}`) && adjacent(ctx, body.last + 1) ? 2 : 0;
  const at = body.last + 1 + state;
  const place = ctx.gazAt.get(at);
  if (!place || place.actor.kind !== 'country' || place.actor.id === body.actor.country || !adjacent(ctx, at)) return null;
  const name = ctx.text.slice(body.start, place.end);
  // The country's own government when the gazetteer has it and the body is the bare word for one ("Chính phủ").
  const own = GOVERNMENT_WORDS.has(keyOf(ctx.text.slice(body.start, body.end))) ? governmentsOf(ctx.gaz).get(place.actor.id) : undefined;
  const actor = own ?? candidateFor(ctx, name, 'government', place.actor.id, [name]);
  return spanFrom(ctx, i, place.last, actor, 'org-narrowed-by-country', 0.7);
}

const STATE_FORMS = new Set(['liên bang', 'cộng hòa', 'cộng hoà', 'vương quốc', 'nhà nước']);
const GOVERNMENT_WORDS = new Set(['chinh phu', 'chinh quyen']);

const PARTY_COMMITTEES = new Set(['tỉnh ủy', 'tỉnh uỷ', 'thành ủy', 'thành uỷ', 'huyện ủy', 'huyện uỷ']);

/** "Tỉnh ủy Long An", "Thành ủy Cần Thơ": a province's or city's Party committee, named by its place. */
function partyCommitteeAt(ctx: ScanContext, i: number): ActorSpan | null {
  if (!PARTY_COMMITTEES.has(`${lowerAt(ctx, i)} ${lowerAt(ctx, i + 1)}`) || !adjacent(ctx, i + 2)) return null;
  const place = ctx.gazAt.get(i + 2);
  if (!place || place.actor.kind !== 'place') return null;
  return spanFrom(ctx, i, place.last, partyCommitteeOf(ctx, lowerAt(ctx, i), place.actor, ctx.text.slice(ctx.tokens[i]!.start, place.end)), 'party-committee', 0.75);
}

/** Rules of the committee spans: they end at their place name, so no person's name is inside them. */
export const COMMITTEE_RULES: ReadonlySet<string> = new Set(['peoples-committee', 'party-committee', 'bare-committee']);

const bareName = (place: ActorCandidate) => place.name.replace(/^(?:Thành phố|Tỉnh)\s+/u, '');

function partyCommitteeOf(ctx: ScanContext, level: string, place: ActorCandidate, written: string | null): ActorCandidate {
  const word = level === 'tỉnh' ? 'Tỉnh ủy' : level === 'thành' ? 'Thành ủy' : 'Huyện ủy';
  const placeName = bareName(place);
  const english = level === 'tỉnh' ? 'Provincial' : level === 'thành' ? 'City' : 'District';
  const name = `${word} ${placeName}`;
  const actor = candidateFor(ctx, name, 'government', place.country ?? null, [...(written ? [written] : []), name, `${placeName} ${english} Party Committee`, `${placeName} Party Committee`]);
  if (actor.source === 'pattern') actor.partOf = place.id;
  return actor;
}

/** Where "UBND"/"Ủy ban nhân dân" and its unit end, and the unit as written in full: "UBND tỉnh", "Ủy ban nhân dân TP." */
function committeeUnitEnd(ctx: ScanContext, i: number): { start: number; next: number; unit: string } | null {
  const w = lowerAt(ctx, i);
  let k: number;
  if (w === 'ubnd') k = i + 1;
  else if ((w === 'ủy' || w === 'uỷ') && lowerAt(ctx, i + 1) === 'ban' && lowerAt(ctx, i + 2) === 'nhân' && lowerAt(ctx, i + 3) === 'dân') k = i + 4;
  else return null;
  if (lowerAt(ctx, k) === 'tỉnh') return { start: k, next: k + 1, unit: 'tỉnh' };
  if (lowerAt(ctx, k) === 'thành' && lowerAt(ctx, k + 1) === 'phố') return { start: k, next: k + 2, unit: 'thành phố' };
  // "UBND TP.HCM": the gazetteer may read "TP.HCM" whole, so the place starts at the unit.
  if (lowerAt(ctx, k) === 'tp') return { start: k, next: ctx.gazAt.get(k)?.actor.kind === 'place' ? k : wordAt(ctx, k + 1) === '.' ? k + 2 : k + 1, unit: 'thành phố' };
  return null;
}

/**
 * "UBND tỉnh Gia Lai", "Ủy ban nhân dân thành phố Cần Thơ": a province's or city's People's Committee
 * the gazetteer lacks, named in full whichever way it is written, so the two spellings (and the
 * English "Gia Lai People's Committee") are one body.
 */
function peoplesCommitteeAt(ctx: ScanContext, i: number): ActorSpan | null {
  const unit = committeeUnitEnd(ctx, i);
  if (!unit) return null;
  // The gazetteer may read the unit with the name ("tỉnh Gia Lai").
  const place = [ctx.gazAt.get(unit.next), ctx.gazAt.get(unit.start)].find((p) => p?.actor.kind === 'place' && p.last >= unit.next);
  if (!place || (unit.next > i + 1 && !adjacent(ctx, unit.next))) return null;
  return spanFrom(ctx, i, place.last, peoplesCommitteeOf(ctx, unit.unit, place.actor, ctx.text.slice(ctx.tokens[i]!.start, place.end)), 'peoples-committee', 0.75);
}

function peoplesCommitteeOf(ctx: ScanContext, unit: string, place: ActorCandidate, written: string | null): ActorCandidate {
  const placeName = bareName(place);
  const name = `Ủy ban nhân dân ${unit} ${placeName}`;
  const english = unit === 'tỉnh' ? `${placeName} Provincial People's Committee` : `${placeName} City People's Committee`;
  const actor = candidateFor(ctx, name, 'government', place.country ?? null, [...(written ? [written] : []), name, `UBND ${unit} ${placeName}`, `${placeName} People's Committee`, english]);
  if (actor.source === 'pattern') actor.partOf = place.id;
  return actor;
}

/**
 * "Chủ tịch UBND tỉnh Phạm Anh Tuấn", "Phó Bí thư Tỉnh ủy": a province's bodies named without the
 * province are those of the one province whose People's or Party committee the article names.
 */
function bareCommittees(ctx: ScanContext, spans: readonly ActorSpan[]): ActorSpan[] {
  const bare: Array<{ first: number; last: number; party: string | null; unit: string }> = [];
  const places = new Map<string, ActorCandidate>();
  const placeOf = (a: ActorCandidate) => (a.kind === 'government' && a.partOf ? ctx.gaz.byId.get(a.partOf) : undefined);
  for (const s of [...spans, ...ctx.gazAt.values()]) {
    if (s.rule !== 'peoples-committee' && s.rule !== 'party-committee' && !s.actor.id.endsWith('-peoples-committee')) continue;
    const p = placeOf(s.actor);
    if (p) places.set(p.id, p);
  }
  const inSpan = (i: number) => ctx.gazAt.has(i) || spans.some((s) => s.first <= i && i <= s.last);
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!COMMITTEE_STARTS.has(ctx.tokens[i]!.key)) continue;
    const unit = committeeUnitEnd(ctx, i);
    const level = lowerAt(ctx, i);
    if (unit && unit.next > unit.start && !placeAfter(ctx, unit.next) && !inSpan(i)) bare.push({ first: i, last: unit.next - 1, party: null, unit: unit.unit });
    else if (PARTY_COMMITTEES.has(`${level} ${lowerAt(ctx, i + 1)}`) && !placeAfter(ctx, i + 2) && !inSpan(i)) bare.push({ first: i, last: i + 1, party: level, unit: '' });
  }
  if (bare.length === 0 || places.size !== 1) return [];
  const place = [...places.values()][0]!;
  return bare.map((b) => {
    // "UBND tỉnh" alone names no province: it is no alias (find-actors keeps it out of the names too).
    const actor = b.party ? partyCommitteeOf(ctx, b.party, place, null) : peoplesCommitteeOf(ctx, b.unit, place, null);
    return spanFrom(ctx, b.first, b.last, actor, 'bare-committee', 0.6);
  });
}

/** Folded first words of a committee's name ("UBND", "Ủy ban", "Tỉnh ủy", "Thành ủy", "Huyện ủy"): a cheap test before the full one. */
const COMMITTEE_STARTS = new Set(['ubnd', 'uy', 'tinh', 'thanh', 'huyen']);

function placeAfter(ctx: ScanContext, k: number): boolean {
  return ctx.gazAt.get(k)?.actor.kind === 'place' && adjacent(ctx, k);
}

/** "Khu công nghiệp Yên Phong II-C": a known park with a number after it is another park (its next phase). */
function numberedParkAt(ctx: ScanContext, i: number): ActorSpan | null {
  const park = ctx.gazAt.get(i);
  if (!park || park.actor.kind !== 'place') return null;
  const head = matchFrom(firstNode(orgHeadTrie(), ctx.ids, i), ctx.tokens, ctx.ids, i).find((h) => h.payloads.some((p) => p.kind === 'facility'));
  if (!head || head.last >= park.last) return null;
  const last = numberSuffixEnd(ctx, park.last);
  if (last === park.last) return null;
  const name = ctx.text.slice(park.start, ctx.tokens[last]!.end);
  const actor = candidateFor(ctx, name, 'place', park.actor.country, [name]);
  if (actor.source === 'pattern') actor.partOf = park.actor.partOf;
  return spanFrom(ctx, i, last, actor, 'park-numbered', 0.75);
}

/** Organisation spans found by heads, left to right; they may overlap gazetteer spans. */
export function findOrganisations(ctx: ScanContext): ActorSpan[] {
  const spans: ActorSpan[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!isWord(ctx, i)) continue;
    const known = ctx.gazAt.get(i);
    const found = known ? narrowedAt(ctx, i) ?? numberedParkAt(ctx, i) : partyCommitteeAt(ctx, i) ?? peoplesCommitteeAt(ctx, i) ?? organisationAt(ctx, i);
    if (found) {
      const list = Array.isArray(found) ? found : [found];
      spans.push(...list);
      i = list[list.length - 1]!.last;
    } else if (known) {
      i = known.last;
    }
  }
  spans.push(...bareCommittees(ctx, spans));
  spans.sort((a, b) => a.first - b.first);
  // "Yên Phong II" written once for "Yên Phong II-C": a phase cut short is the phase named in full.
  const parks = spans.filter((s) => s.rule === 'park-numbered');
  for (const s of parks) {
    const key = keyOf(s.actor.name);
    const full = parks.find((o) => o.actor.name.length > s.actor.name.length && keyOf(o.actor.name).startsWith(`${key} `));
    if (full) s.actor = full.actor;
  }
  return spans;
}
