/**
 * A running total ("nâng tổng vốn đầu tư của tập đoàn tại Việt Nam lên 3 tỷ USD", "tổng vốn tích
 * lũy đạt…", "had invested", "bringing its total investment to…") is a stock, not a new promise:
 * such pledges are flagged `cumulative` and left out of totals. A project's total capital ("dự án có
 * tổng vốn đầu tư 1 tỷ USD") is not a running total.
 */
const ALWAYS = /(?:tích lũy|tích luỹ|lũy kế|luỹ kế|cumulative|accumulated|to date|so far|in total so far)/u;
const TOTAL = /(?:nâng tổng|tổng (?:số )?vốn(?: đầu tư)?|tổng (?:mức )?đầu tư|bringing (?:its|the) total|raising (?:its|the) total|total investment|total capital)/u;
/** A total is an actor's running total when tied to the country or "so far", not to a project. */
const OF_ACTOR = /(?:tại|vào|ở) (?:việt nam|vn)|(?:in|into) vietnam|đến nay|từ trước đến nay|hiện nay|bringing|raising/u;
const PROJECT = /dự án|nhà máy|project|plant|factory/u;
const HAD_INVESTED = /\b(?:has|have|had) (?:so far )?invested\b|đã đầu tư tổng cộng|đã rót tổng cộng|(?:các|những) (?:doanh nghiệp|nhà đầu tư|công ty|tập đoàn)[^.;]{0,40}đã (?:đầu tư|rót)/u;

/** Whether the amount at `amountStart` in `lowered` is a running total; `from` is where its clause starts. */
export function isCumulative(lowered: string, from: number, amountStart: number): boolean {
  const before = lowered.slice(Math.max(from, amountStart - 120), amountStart);
  if (ALWAYS.test(before) || HAD_INVESTED.test(before)) return true;
  const total = TOTAL.exec(before);
  if (!total) return false;
  const rest = before.slice(total.index);
  return OF_ACTOR.test(rest) && !PROJECT.test(rest);
}
