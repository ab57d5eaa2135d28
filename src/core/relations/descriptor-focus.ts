/**
 * FOCUSES_ON from a descriptor glued to a name: the gold's "the text characterises the actor's
 * business as a sector" in its plainest form. A kind-of-business noun, a sector, then the name or
 * a "như …" list of names: "Tập đoàn bán dẫn Amkor", "nhà sản xuất chip hàng đầu X", "các công ty
 * thiết kế chip lớn nhất như A, B và C". Only a closed set of descriptor words may stand between the
 * sector and the name, so "các công ty bán dẫn đã đầu tư vào X" says nothing about X. A sector's
 * facility owned by a company ("trung tâm dữ liệu đầu tiên của Viettel") says the same of its owner.
 */
import type { ActorSpan } from '../actors/types.ts';
import type { SectorHit } from '../sectors/sector-matcher.ts';
import { listed, type SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';

const FOCUSERS = new Set(['company', 'organization', 'university']);
/** The business noun right before the sector: "tập đoàn", "công ty", "nhà (sản xuất) …", "doanh nghiệp công nghệ". */
const BUSINESS = /(?:^|[\s,(])(?:công ty|tập đoàn|hãng|doanh nghiệp|startup|nhà|nhà sản xuất|nhà cung cấp|nhà phát triển|nhà thiết kế|nhà vận hành|nhà đầu tư)(?:\s+(?:công nghệ|sản xuất|thiết kế|cung cấp|phát triển|vận hành|khởi nghiệp))?\s+$/u;
/** What may stand between the sector and the name: size, rank, reach, origin, and a list opener. */
const DESCRIPTOR_WORDS = new Set([
  'lớn', 'nhất', 'hàng', 'đầu', 'thế', 'giới', 'toàn', 'cầu', 'nổi', 'tiếng', 'quốc', 'tế', 'đa', 'gia', 'khổng', 'lồ',
  'uy', 'tín', 'top', 'của', 'đến', 'từ', 'như', 'gồm', 'bao', 'là', 'mới', 'danh',
]);
const MAX_GAP = 48;

/** The gap between the sector and a name holds only descriptor words (a country named in it is origin: "… Hàn Quốc SK"). */
function descriptorGap(view: SentenceView, from: number, to: number): boolean {
  let gap = view.lowered.slice(from, to);
  for (const m of view.mentions) {
    if (m.actor.kind === 'country' && m.start >= from && m.end <= to) gap = gap.slice(0, m.start - from) + ' '.repeat(m.end - m.start) + gap.slice(m.end - from);
  }
  const words = gap.replace(/[:,]\s*$/u, ' ').trim();
  return words === '' || words.split(/\s+/u).every((w) => DESCRIPTOR_WORDS.has(w));
}

/** "trung tâm dữ liệu đầu tiên của Viettel", "nhà máy bán dẫn mới nhất của Amkor": a sector's facility or product the name owns. */
const OWNED_BY = /^(?:\s+[\p{L}\p{N}-]+){0,4}?\s+của\s+$/u;
/** Words that make the "của" phrase a clause of its own, not a noun phrase: "… bán dẫn đã thu hút vốn của X". */
const NOT_NOUN_PHRASE = /\s(?:đã|sẽ|đang|được|bị|là|cho|với|tại|ở|vào|và|thu|hút|cần|có|về|trong|từ)(?=\s)/u;
const OWNERS = new Set(['company']);

function ownedBy(view: SentenceView, s: SectorHit): ActorSpan | undefined {
  const owner = view.mentions.find((m) => m.start >= s.end && m.start - s.end <= MAX_GAP);
  if (!owner || !OWNERS.has(owner.actor.kind)) return undefined;
  const gap = view.lowered.slice(s.end, owner.start);
  return OWNED_BY.test(gap) && !NOT_NOUN_PHRASE.test(`${gap.replace(/\s+của\s+$/u, '')} `) ? owner : undefined;
}

export function findDescriptorFocus(text: string, view: SentenceView, sectors: readonly SectorHit[], headline: (id: string) => string | null): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const s of sectors) {
    const target = headline(s.sector.id);
    if (!target || s.sector.id === 'education-training') continue;
    const owner = ownedBy(view, s);
    if (owner) out.push({ type: 'FOCUSES_ON', from: owner.actor.id, to: target, role: null, date: null, evidence: evidenceOf(text, { start: s.start, end: owner.end }, 'focus-owned-facility', 0.55) });
    if (!BUSINESS.test(view.lowered.slice(Math.max(view.sentence.start, s.start - 40), s.start))) continue;
    const first = view.mentions.find((m) => m.start >= s.end && m.actor.kind !== 'country');
    if (!first || !FOCUSERS.has(first.actor.kind) || first.start - s.end > MAX_GAP || !descriptorGap(view, s.end, first.start)) continue;
    const named: ActorSpan[] = [first];
    for (const m of view.mentions) {
      if (m.start <= first.start) continue;
      if (!FOCUSERS.has(m.actor.kind) || !listed(view, named[named.length - 1]!, m)) break;
      named.push(m);
    }
    for (const m of named) out.push({ type: 'FOCUSES_ON', from: m.actor.id, to: target, role: null, date: null, evidence: evidenceOf(text, { start: s.start, end: m.end }, 'focus-descriptor', 0.6) });
  }
  return out;
}
