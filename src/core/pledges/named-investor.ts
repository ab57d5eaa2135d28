/**
 * The investor an article names as such ("nhà đầu tư Nexif Ratch Energy", "VSAP Lab - đơn vị đầu tư
 * dự án", "do Liên danh FPT Quy Nhơn làm chủ đầu tư", "whose investor is X", "Invested by X"): the
 * pledger of a project's amounts stated in sentences that name no one ("Dự án có tổng mức đầu tư
 * giai đoạn 1 là 20 triệu USD"). Only when the article names exactly one; pure, both languages.
 */
import type { ActorSpan } from '../actors/types.ts';

const INVESTORS = new Set(['company', 'organization']);
const BEFORE = /(?:chủ đầu tư|nhà đầu tư|đơn vị đầu tư|investor is|investor was|invested by|developed by)\s*(?:là\s+)?(?:dự án\s+)?(?:the\s+)?$/u;
const AFTER = /^\s*(?:[-–,]\s*|\(\s*|là\s+)(?:the\s+)?(?:đơn vị|nhà|chủ)\s+đầu tư|^\s*,\s*the (?:project's )?(?:investor|developer)/u;
const DONE_BY = /^[^.;]{0,80}?làm chủ đầu tư/u;

export function namedInvestor(lowered: string, mentions: readonly ActorSpan[]): ActorSpan | undefined {
  const found = new Map<string, ActorSpan>();
  for (const m of mentions) {
    if (!INVESTORS.has(m.actor.kind)) continue;
    const before = lowered.slice(Math.max(0, m.start - 30), m.start);
    const after = lowered.slice(m.end, m.end + 90);
    const named = BEFORE.test(before) || AFTER.test(after) || (/(?:^|\s)do\s+$/u.test(before) && DONE_BY.test(after));
    if (named && !found.has(m.actor.id)) found.set(m.actor.id, m);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}
