/**
 * Whose money a site's is. A province or city (or its People's or Party Committee) is rarely the investor of a project it hosts or
 * launches ("Đà Nẵng vừa khởi động dự án … với vốn đầu tư 1.800 tỷ đồng", "The FECV Foxconn Quang
 * Ninh plant project … total investment of …"), nor is a named data centre or plant ("Trung tâm dữ
 * liệu AIDC … tổng mức đầu tư", "CMC Tan Thuan Data Center, with a capital of …"): the company named
 * in the clause or in the site's name, else the company the article was just speaking of, is. A
 * place keeps its own targets ("Đà Nẵng đặt mục tiêu thu hút 1 tỷ USD", "aims to attract").
 * Shared by both languages; pure.
 */
import type { ActorSpan } from '../actors/types.ts';
import { foldText } from '../text/fold.ts';

/** A site's own name: a data centre, plant, factory or project named like an organisation. */
const SITE_NAME = /^(?:trung tâm dữ liệu|nhà máy|dự án)\s|\b(?:data cent(?:er|re)|plant|factory|campus)$/iu;
/** A place's own target or promotion, read on the clause up to the amount. */
const PLACE_TARGET = /mục tiêu|thu hút|kêu gọi|phấn đấu|ngân sách|target|aims?\b|attract|budget|plans? to spend/u;

/** A province's or city's People's or Party Committee: it hosts and licenses projects, as its place does. */
const LOCAL_AUTHORITY = /^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ)\s|people's committee|party committee/iu;

function isLocalAuthority(span: ActorSpan): boolean {
  return span.actor.kind === 'government' && LOCAL_AUTHORITY.test(span.actor.name);
}

export function isSite(span: ActorSpan): boolean {
  return (span.actor.kind === 'organization' || span.actor.kind === 'facility') && SITE_NAME.test(span.actor.name);
}

/**
 * The pledger to use instead of `by` when `by` is a place investing money or a named site: a company,
 * or null when none is known (no pledge). `by` itself when it may pledge. `before` is the lowered
 * clause text up to the amount; `mentions` the sentence's, `carried` the subject the sentences
 * before left.
 */
export function siteOwner(by: ActorSpan, money: boolean, before: string, mentions: readonly ActorSpan[], amountStart: number, carried: ActorSpan | undefined): ActorSpan | null {
  const place = (by.actor.kind === 'place' || isLocalAuthority(by)) && money && !PLACE_TARGET.test(before);
  const site = isSite(by);
  if (!place && !site) return by;
  const companies = mentions.filter((m) => m.actor.kind === 'company' && m.start < amountStart);
  const named = site ? companies.find((m) => inName(m, by)) : undefined;
  const nearest = named ?? companies.at(-1) ?? mentions.find((m) => m.actor.kind === 'company' && site && inName(m, by));
  if (nearest) return nearest;
  return carried?.actor.kind === 'company' ? carried : null;
}

/** "CMC" in "CMC Tan Thuan Data Center": a company whose name opens the site's. */
function inName(company: ActorSpan, site: ActorSpan): boolean {
  const siteName = foldText(site.actor.name);
  return [company.actor.name, ...company.actor.aliases].some((n) => n.length >= 2 && siteName.startsWith(`${foldText(n)} `));
}
