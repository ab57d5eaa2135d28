/**
 * An ambassador holds the post for their government, not for the land (GOLD-CONVENTIONS: "ambassadors
 * to their government"): "Đại sứ Nhật Bản tại Việt Nam Ito Naoki" reads Nhật Bản, and the post goes
 * to "Chính phủ Nhật Bản" when the article names that government. Without it the country stays.
 */
import type { ActorCandidate } from '../actors/types.ts';

/** Posts of a country's envoy (as written, lower-cased). */
const ENVOY_POSTS = new Set(['đại sứ', 'đại sứ đặc mệnh toàn quyền']);
/** A government's own name, as the gazetteer writes it: "Chính phủ Nhật Bản". */
const GOVERNMENT_NAME = /^chính phủ\s/u;

/** The body the post `role` held for `to` goes to: the country's government when `actors` (the article's) hold it. */
export function envoyBody(role: string, to: ActorCandidate, actors: Iterable<ActorCandidate>): string {
  if (to.kind !== 'country' || !ENVOY_POSTS.has(role.toLowerCase())) return to.id;
  for (const a of actors) if (a.kind === 'government' && a.country === to.id && GOVERNMENT_NAME.test(a.name.toLowerCase())) return a.id;
  return to.id;
}
