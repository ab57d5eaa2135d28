/**
 * Vietnamese cue words for pledges: the verbs that make a quantity a promise, the words that say
 * what kind of promise it is, and how firm it is. Lower case with diacritics (matched on lowerText).
 */
import type { PledgeKind, PledgeStatus } from '../claims.ts';
import { phraseRegex, type PhraseSet } from '../relations/clause-view.ts';
import { MONEY_UNITS } from '../parse/units.ts';

/** Words that announce an amount; "kinh phí" (a programme's budget) is promised money as much as "vốn";
 * "trị giá" and "doanh thu/doanh số" count only under conditions (VALUED_THING, a target word). */
export const TRIGGERS = phraseRegex([
  'đầu tư', 'giải ngân', 'rót vốn', 'rót', 'vốn', 'tăng vốn', 'góp vốn', 'cam kết', 'đào tạo', 'hỗ trợ',
  'xây dựng', 'mở', 'thành lập', 'ký kết', 'ký', 'thu hút', 'viện trợ', 'tài trợ', 'cho vay', 'cấp',
  'kim ngạch', 'hợp đồng', 'tuyển dụng', 'tuyển', 'tạo việc làm', 'tạo ra', 'chi', 'dành', 'huy động', 'đặt mục tiêu', 'kinh phí', 'trị giá', 'doanh thu', 'doanh số',
]);

/** "nhà máy … trị giá 1,6 tỷ USD": a value is promised money only for a project, plant or deal, not for goods or shares. */
export const VALUED_THING = /(?:nhà máy|dự án|trung tâm|tổ hợp|cơ sở|hợp đồng|thỏa thuận|thoả thuận|thương vụ|gói thầu)[^,.;]{0,60}$/u;

/** "trao giấy chứng nhận đầu tư cho Foxconn": the one licensed is the investor, not the authority. */
export const LICENCES = phraseRegex([
  'giấy chứng nhận đầu tư cho', 'giấy chứng nhận đăng ký đầu tư cho', 'cấp phép cho', 'cấp phép đầu tư cho',
  'chấp thuận chủ trương đầu tư cho', 'quyết định chủ trương đầu tư cho',
]);

export const REQUESTS = phraseRegex(['đề nghị', 'đề xuất', 'kiến nghị', 'kêu gọi', 'yêu cầu', 'mời', 'mong muốn', 'đề nghị với']);

const KIND_WORDS: Array<[PledgeKind, PhraseSet]> = [
  ['trade', phraseRegex(['kim ngạch', 'thương mại', 'xuất khẩu', 'nhập khẩu', 'xuất nhập khẩu'])],
  ['contract', phraseRegex(['hợp đồng', 'đơn hàng', 'gói thầu'])],
  ['aid', phraseRegex(['viện trợ', 'tài trợ', 'oda', 'vốn vay ưu đãi', 'không hoàn lại', 'tặng'])],
  ['investment', phraseRegex(['đầu tư', 'giải ngân', 'rót vốn', 'rót', 'vốn', 'fdi', 'góp vốn'])],
  // Money given in support or lent, when no investment word says more: "EU hỗ trợ Việt Nam 430 triệu euro".
  ['aid', phraseRegex(['hỗ trợ', 'cho vay', 'khoản vay', 'tín dụng'])],
];
const TRAINING = phraseRegex(['đào tạo', 'bồi dưỡng', 'học bổng']);


/** What kind of pledge a clause states about an amount of `unit`. */
export function pledgeKind(clause: string, unit: string | null): PledgeKind {
  // A bare large number ("hơn 5 tỷ") is money whose currency the text leaves out.
  const money = unit === null || MONEY_UNITS.has(unit);
  if (!money && TRAINING.test(clause)) return 'training';
  for (const [kind, words] of KIND_WORDS) {
    if (words.test(clause)) return money || kind === 'investment' ? kind : 'other';
  }
  return 'other';
}

const STATUS_CUES: Array<[PledgeStatus, string[]]> = [
  ['cancelled', ['hủy', 'huỷ', 'hủy bỏ', 'rút khỏi', 'tạm dừng', 'dừng']],
  ['completed', ['hoàn thành', 'hoàn tất', 'khánh thành', 'đi vào hoạt động', 'đã đầu tư']],
  ['in_progress', ['đang triển khai', 'đang xây dựng', 'đang thực hiện', 'đã giải ngân', 'đang đầu tư', 'đang đưa vào vận hành', 'đang giải ngân']],
  ['committed', ['cam kết', 'ký kết', 'đã ký', 'ký', 'thỏa thuận', 'thoả thuận', 'nhất trí', 'đồng ý', 'quyết định']],
  ['planned', ['dự kiến', 'sẽ', 'kế hoạch', 'mục tiêu', 'đặt mục tiêu', 'chuẩn bị', 'lên kế hoạch', 'phấn đấu', 'dự định']],
  ['proposed', ['đề nghị', 'đề xuất', 'kiến nghị', 'kêu gọi']],
  ['interest', ['muốn', 'mong muốn', 'mong', 'quan tâm', 'tìm hiểu', 'xem xét', 'ấp ủ', 'cân nhắc', 'kỳ vọng', 'hy vọng', 'hi vọng']],
];
const STATUS_OF = new Map<string, PledgeStatus>();
for (const [status, cues] of STATUS_CUES) for (const cue of cues) STATUS_OF.set(cue, status);
export const STATUS_RE = phraseRegex([...STATUS_OF.keys()]);

export function statusOfCue(cue: string): PledgeStatus | undefined {
  // Cues found in the text come with single spaces already: a key as it stands needs no rewriting.
  return STATUS_OF.get(cue) ?? STATUS_OF.get(cue.replace(/\s+/g, ' '));
}
