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
  }
  return out;
}
