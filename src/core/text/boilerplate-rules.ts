/**
 * Shapes of CMS boilerplate in Vietnamese news pages, matched on folded text (lower case, no
 * diacritics). Rules describe the shape of a line or fragment, never one outlet's exact wording.
 */

/** Headings that open a block of links to other articles. */
const HEADINGS = [
  'tin lien quan', 'bai lien quan', 'bai viet lien quan', 'tin moi', 'tin moi nhat', 'moi nhat',
  'noi bat', 'dung bo lo', 'xem them', 'doc them', 'tin cung chuyen muc', 'tin khac', 'cac tin khac',
  'tin doc nhieu', 'doc nhieu', 'doc nhieu nhat', 'xem nhieu', 'xem nhieu nhat', 'co the ban quan tam',
  'ban co the quan tam', 'tin tuc lien quan', 'chu de lien quan', 'tin nong', 'tieu diem',
];
const HEADING_RE = new RegExp(`^(?:${HEADINGS.join('|')})(?![a-z0-9])`);

/** A heading line: the cue alone, maybe with a section label or a table bar ("Nổi bật Một thế giới"). */
export function headingKind(folded: string, original: string): 'block' | 'table' | 'inline' | null {
  // Bullets and arrows CMSs put before such headings: "» Xem thêm", ">> Tin liên quan".
  const marker = /^\s*(?:[>»"•*+]+|-(?=\s))?\s*/.exec(folded)![0].length;
  const line = folded.slice(marker).trim();
  const m = HEADING_RE.exec(line);
  if (!m) return null;
  original = original.slice(marker);
  const rest = line.slice(m[0].length).trim();
  if (rest === '|' || /\|$/.test(rest)) return 'table';
  if (rest === '' || /^[:>»\-|]*$/.test(rest)) return 'block';
  // "Xem thêm: <title of another article>" on one line.
  if (/^[:>»-]/.test(rest)) return 'inline';
  // A short section label after the cue ("Nổi bật Một thế giới"), capitalised: still a heading.
  const label = original.trim().slice(m[0].length).trim();
  return rest.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(label) ? 'block' : null;
}

const LISTING_TIME = /^\d{1,2}[:h]\d{2}\s*[|,-]?\s*(?:(?:thu \w+|chu nhat),?\s*)?\d{1,2}[/-]\d{1,2}[/-]\d{2,4}/;
const DATE_TIME = /^\d{1,2}[/-]\d{1,2}[/-]\d{4}\s*(?:\||-)?\s*\d{1,2}[:h]\d{2}/;
const AGO = /^(?:(?:mot|hai|ba|vai|\d+)\s+(?:giay|phut|gio|ngay|tuan|thang|nam)\s+truoc|hom qua|vua xong)(?![a-z])/;
const COUNTER = /^(?:\(\d+\)\s*binh luan|binh luan\s*\(\d+\)|\d+\s+binh luan)\s*$/;
const POWERED = /^(?:powered by|copyright(?![a-z])|©|ban quyen (?:thuoc|©|\d{4})|ghi ro nguon)/;
const IMAGE_FILE = /^\S+\.(?:png|jpe?g|gif|webp|svg|bmp|avif)$/;
const HASHTAGS = /^(?:#[^\s#]+\s*)+$/;
const CONTACT = /^(?:lien he quang cao|duong day nong|hotline|email|dien thoai|giay phep|toa soan|tong bien tap)\s*:/;
const DATELINE = /^(?:(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat),?\s*|(?:cap nhat|dang|ngay dang|xuat ban|published|updated)\s*:?\s*(?:luc\s*)?)\d{1,2}[/-]\d{1,2}[/-]\d{4}/;
const SHARE = /^(?:chia se|share|facebook|twitter|zalo|in bai|gui bai|luu bai|theo doi|tags?:|tu khoa:)(?:\s|$)/;

/** A whole line that is never article body (listing stamps, counters, credits, file names). */
export function isBoilerplateLine(folded: string): boolean {
  const line = folded.trim();
  if (!line) return false;
  // A one-cell table row is a box of other headlines; a many-cell row may be data ("| Samsung | 3 tỷ USD |").
  if (/^\|[^|]*\|$/.test(line) || /^\|[\s:|-]+\|$/.test(line)) return true;
  // Listing stamps are short and never end as a sentence: "10h30 ngày 25/6, Thủ tướng …." is body.
  const stampShaped = line.length <= 80 && !/[.!?…]$/.test(line);
  if (stampShaped && (LISTING_TIME.test(line) || DATE_TIME.test(line) || AGO.test(line) || DATELINE.test(line))) return true;
  if (COUNTER.test(line) || POWERED.test(line) || IMAGE_FILE.test(line)) return true;
  // Share/tag widgets are short; a sentence may well start with "Chia sẻ …".
  if (SHARE.test(line) && line.length <= 30) return true;
  if (HASHTAGS.test(line) || CONTACT.test(line) && line.length < 120) return true;
  if (/^\(?(?:anh|anh minh hoa|nguon anh|video|clip)\s*(?::|\.|$)/.test(line) && line.length < 80) return true;
  return false;
}

/** Body-like: a real paragraph, i.e. enough words and ending as a sentence does. */
export function isProseLine(original: string): boolean {
  const line = original.trim();
  return /[.!?…"”)]$/.test(line) && line.split(/\s+/).length >= 12;
}

/**
 * Photo-credit fragments inside a line: "(Ảnh: Nguyễn Hồng)", "- Ảnh: BCT", ". Ảnh: TTXVN", plus a
 * trailing table bar. Returns [start, end) pairs relative to the folded line.
 */
export function creditFragments(folded: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Bounded patterns and backward scans only: a line may be a huge run of spaces.
  let end = folded.length;
  let e = end;
  while (e > 0 && isBlank(folded.charCodeAt(e - 1))) e--;
  // A caption cell's closing bar ("… (Ảnh: X) |"); a row of a data table keeps its bars.
  if (folded[e - 1] === '|' && !folded.trimStart().startsWith('|')) {
    e--;
    while (e > 0 && isBlank(folded.charCodeAt(e - 1))) e--;
    out.push([e, end]);
    end = e;
  }
  const tailStart = Math.max(0, end - 70);
  // Both credit shapes need a colon (and the bracketed one a bracket): most lines have neither.
  const colon = folded.lastIndexOf(':', end - 1);
  const credit = colon >= tailStart ? TRAILING_CREDIT.exec(folded.slice(tailStart, end)) : null;
  if (credit) {
    let s = tailStart + credit.index;
    let k = s;
    while (k > 0 && k > s - 6 && isBlank(folded.charCodeAt(k - 1))) k--;
    if (k > 0 && '-|'.includes(folded[k - 1]!)) s = k - 1;
    out.push([s, end]);
  }
  if (colon >= 0 && folded.includes('(')) {
    for (const m of folded.matchAll(BRACKETED_CREDIT)) {
      const at = m.index;
      if (!out.some(([a, b]) => at >= a && at < b)) out.push([at, at + m[0].length]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

const isBlank = (c: number) => c === 0x20 || c === 0x09;
const TRAILING_CREDIT = /(?<![a-z])(?:anh|nguon anh|do hoa)\s{0,3}:\s{0,3}[^.|()]{1,50}$/;
const BRACKETED_CREDIT = /\((?:anh|nguon|video|do hoa|infographic)\s{0,3}:[^)\n]{1,60}\)/g;

/**
 * A byline at the very end: a short name-like line ("Bảo Bảo", "Hải Long (t/h)", "Theo TTXVN"),
 * or a name with a date at the top ("Tuyết Nhung 26/06/2024 12:30").
 */
export function isBylineLine(original: string): boolean {
  const line = original.trim();
  if (line.length > 80) return false;
  if (/^\(?(?:Theo|theo|Nguồn|nguồn)\s*:?\s+\S.{0,40}$/u.test(line) && !/[.!?]$/.test(line)) return true;
  if (/^\([\p{Lu}\s/.-]{2,20}\)$/u.test(line)) return true; // "(TTXVN)", "(PV)"

  const stripped = line.replace(/\s*\((?:t\/h|tổng hợp|[^)]{1,20})\)\s*$/u, '')
    .replace(/\s*[-–|]?\s*\d{1,2}[/-]\d{1,2}[/-]\d{4}(?:\s*[-|]?\s*\d{1,2}[:h]\d{2})?\s*$/u, '');
  // Names joined by "-", "," or "và" for several authors: "Minh Anh - Hồng Phúc".
  const words = stripped.split(/\s+|\s*[-–,&]\s*/).filter((w) => w && w !== 'và');
  const names = stripped.split(/\s*(?:[-–,&]|\svà\s)\s*/).length;
  return words.length >= 1 && words.length <= 4 * names && words.length <= 8 && words.every((w) => /^\p{Lu}[\p{L}\p{M}.]*$/u.test(w));
}
