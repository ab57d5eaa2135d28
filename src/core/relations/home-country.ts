/**
 * LOCATED_IN for a body's home country written onto its name, the gold's "country attached directly
 * to the name": "nhà đầu tư Trung Quốc Victory Giant" and "Hãng … của Mỹ là X" (a country as the
 * descriptor's last word, the name right after), "Viện Phát triển công nghệ Hàn Quốc" (a foreign
 * country inside an organisation's own name). The article's home country inside a name
 * ("Viện Hàn lâm … Việt Nam", "Samsung Việt Nam") marks a local body, not a home abroad.
 */
import type { ActorCandidate, ActorSpan } from '../actors/types.ts';
import { wordBefore, type SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';

const BODIES = new Set(['government', 'organization', 'company', 'university']);
/** Before the country, these make it a complement or a list item, not a descriptor: "tại Mỹ X", "giữa Mỹ và …". */
const NOT_DESCRIPTOR = new Set(['tại', 'ở', 'vào', 'với', 'cho', 'sang', 'trong', 'về', 'giữa', 'và', 'hoặc', 'cùng', 'thăm', 'gặp', 'tiếp', 'gửi', 'tới', 'đến', 'là']);
/** "… của Mỹ là X", "… đến từ Trung Quốc là X": the origin stated, then the name. */
const ORIGIN_BEFORE = new Set(['của', 'từ']);
/** Names with a country inside that are no home: a government's own name, a bilateral committee, a mission abroad. */
const OWN_COUNTRY_KINDS = new Set(['organization', 'university']);
const MAX_NAME_WORDS = 4;
const PAIRED = /^(?:[-–—&]|và|and)$/u;

function draft(text: string, from: ActorSpan, to: string, range: { start: number; end: number }, rule: string, confidence: number): RelationDraft {
  return { type: 'LOCATED_IN', from: from.actor.id, to, role: null, date: null, evidence: evidenceOf(text, range, rule, confidence) };
}

/** The foreign country a name carries after its first word ("Viện … Hàn Quốc", "Tổ chức … Mỹ TreSemi"), if any. */
function countryInName(text: string, m: ActorSpan, lookup: (name: string) => ActorCandidate | undefined, home: string | null): string | undefined {
  const words = text.slice(m.start, m.end).split(/\s+/u);
  for (let i = 1; i < words.length; i++) {
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
      const span = words.slice(i, i + n);
      if (span.some((w) => !/\p{L}/u.test(w))) continue;
      const found = lookup(span.join(' ').replace(/[(),]/gu, ''));
      if (found?.kind !== 'country') continue;
      // "Hội đồng Kinh doanh Hoa Kỳ - ASEAN", "Ủy ban … Việt Nam – Lào": a pair of sides, not a home.
      const after = words[i + n] ?? text.slice(m.end, m.end + 3).trim().split(/\s/u)[0] ?? '';
      if (PAIRED.test(after) || PAIRED.test(words[i - 1] ?? '')) return undefined;
      return found.id === home ? undefined : found.id;
    }
  }
  return undefined;
}

/** `view.mentions` are the names as written (titles not folded in); `home` the article's home country. */
export function findHomeCountries(text: string, view: SentenceView, lookup: (name: string) => ActorCandidate | undefined, home: string | null): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const m of view.mentions) {
    if (!OWN_COUNTRY_KINDS.has(m.actor.kind) || / tại /u.test(view.lowered.slice(m.start, m.end))) continue;
    const country = countryInName(text, m, lookup, home);
    if (country && country !== m.actor.id) out.push(draft(text, m, country, m, 'country-in-name', 0.55));
  }
  const ms = view.mentions;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    const next = ms[i + 1];
    if (m.actor.kind !== 'country' || !next || !BODIES.has(next.actor.kind)) continue;
    const gap = view.lowered.slice(m.end, next.start);
    const before = wordBefore(view.lowered, m.start);
    const glued = /^\s+$/u.test(gap) && before !== '' && !NOT_DESCRIPTOR.has(before) && !ORIGIN_BEFORE.has(before);
    const stated = /^\s+là\s+$/u.test(gap) && ORIGIN_BEFORE.has(before);
    if (glued || stated) out.push(draft(text, next, m.actor.id, { start: m.start, end: next.end }, glued ? 'country-before-name' : 'origin-la-name', 0.6));
    // "hai tập đoàn bán dẫn lớn của Mỹ là Qorvo và Cadence": every name of the list after "là".
    if (stated) {
      let prev = next;
      for (let j = i + 2; j < ms.length; j++) {
        const other = ms[j]!;
        if (!BODIES.has(other.actor.kind) || !/^\s*(?:,|và)\s*$/u.test(view.lowered.slice(prev.end, other.start))) break;
        out.push(draft(text, other, m.actor.id, { start: m.start, end: other.end }, 'origin-la-name', 0.55));
        prev = other;
      }
    }
  }
  // "Qualcomm – tập đoàn sản xuất chip hàng đầu của Mỹ", "Hyosung, một công ty của Hàn Quốc": the home in an appositive after the name.
  for (let i = 0; i + 1 < ms.length; i++) {
    const body = ms[i]!;
    const country = ms[i + 1]!;
    if (!BODIES.has(body.actor.kind) || country.actor.kind !== 'country') continue;
    if (!APPOSITIVE_OF.test(view.lowered.slice(body.end, country.start))) continue;
    out.push(draft(text, body, country.actor.id, { start: body.start, end: country.end }, 'appositive-of-country', 0.55));
  }
  return out;
}

/** Between a name and its country: a dash or comma, a company noun and up to six words, then "của". */
const APPOSITIVE_OF = /^\s*(?:[-–—]|,)\s*(?:một\s+|là\s+)?(?:tập đoàn|công ty|hãng|doanh nghiệp|nhà sản xuất|tổ chức|trường|đại học|viện|quỹ)(?:\s+[^\s,.;:()]+){0,6}?\s+(?:của|đến từ|tới từ)\s+$/u;
