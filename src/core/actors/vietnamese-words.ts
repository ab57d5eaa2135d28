/**
 * Small Vietnamese word tables the actor patterns need (all folded: lower case, no diacritics).
 * Kept apart from the rules so an English table can sit beside them later.
 */

/** Common family names: a capitalised one after a title starts a person's name. */
export const SURNAMES = new Set([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo',
  'duong', 'ly', 'to', 'doan', 'luong', 'truong', 'dinh', 'lam', 'mai', 'trinh', 'ha', 'cao', 'chu', 'ta',
  'thai', 'tong', 'kieu', 'quach', 'la', 'van', 'lai', 'vuong', 'khuc', 'nong', 'au', 'giang', 'tang',
  'luu', 'thach', 'hua', 'nghiem', 'phung', 'trieu', 'ung', 'diep', 'dao', 'kim', 'lu', 'mac', 'tieu',
]);

/**
 * Lower-case words (as written, diacritics kept) that end a name: function words and the verbs that
 * usually follow a subject. A name's lower-case tail ("Đổi mới sáng tạo quốc gia") stops at these.
 */
export const NAME_STOPS = new Set([
  'tại', 'của', 'và', 'với', 'về', 'trong', 'cho', 'đã', 'sẽ', 'đang', 'là', 'có', 'được', 'để', 'này',
  'đó', 'khi', 'từ', 'đến', 'tới', 'theo', 'các', 'những', 'nhằm', 'như', 'cũng', 'vào', 'ra', 'làm',
  'nêu', 'thông', 'cho', 'biết', 'nói', 'gặp', 'thăm', 'ký', 'kết', 'mọi', 'một', 'hai', 'ba', 'bốn',
  'năm', 'thì', 'mà', 'hay', 'hoặc', 'bởi', 'vì', 'nếu', 'nên', 'trên', 'dưới', 'giữa', 'sang', 'ở',
  'còn', 'rất', 'đều', 'vẫn', 'chưa', 'không', 'phải', 'cần', 'muốn', 'mong', 'đề', 'chủ', 'trì',
  'khẳng', 'đánh', 'bày', 'chia', 'cam', 'tiếp', 'nhận', 'đưa', 'vừa', 'ngày', 'tháng', 'do',
  'nhiều', 'ít', 'hơn', 'lớn', 'nhất', 'phía', 'bên', 'sau', 'trước', 'lúc', 'chiều', 'tối',
  'qua', 'nữa', 'thuộc', 'gồm', 'bao', 'ông', 'bà', 'ngài', 'cùng', 'đồng', 'tham', 'dự',
  'thực', 'hiện', 'tổ', 'đạt', 'tăng', 'giảm', 'mở', 'xây', 'hỗ',
  'cuộc', 'buổi', 'chuyến', 'vừa', 'luôn', 'hãy', 'hết', 'bị', 'rằng', 'tiến',
]);

/** Words before a head that make it generic ("các tập đoàn", "một số công ty"). */
export const QUANTIFIERS = new Set([
  'cac', 'nhung', 'nhieu', 'so', 'moi', 'hai', 'ba', 'bon', 'nam', 'vai', 'mot', 'nhom', 'loat', 'tung',
  'hang', 'doi', 'cung',
]);

// Onset + nucleus + coda of a Vietnamese syllable written without diacritics.
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:uye|uya|ieu|yeu|oai|oay|uay|uoi|uou|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|[aeiouy])(?:ch|ng|nh|[cmnpt])?$/;

/** True for a folded token that could be a Vietnamese syllable ("tin", "theo"), so not a brand. */
export function isVietnameseSyllable(folded: string): boolean {
  return SYLLABLE.test(folded);
}

/** Lower-case verb pairs that end a name even though each word alone may sit inside one. */
export const VERB_PAIRS = new Set([
  'công bố', 'phối hợp', 'thúc đẩy', 'đẩy mạnh', 'ký kết', 'tổ chức', 'cho biết', 'cho rằng', 'đánh giá',
  'nhấn mạnh', 'kêu gọi', 'thông báo', 'thông tin', 'đề nghị', 'đề xuất', 'mong muốn', 'quan tâm',
  'hoàn thành', 'chính thức', 'khai trương', 'ra mắt', 'đầu tư', 'hợp tác', 'làm việc', 'phát biểu',
  'chia sẻ', 'khánh thành', 'đồng ý', 'dự kiến', 'triển khai', 'cung cấp', 'hỗ trợ', 'giải ngân',
  'đào tạo', 'xây dựng', 'tiếp tục', 'bày tỏ', 'khẳng định', 'cam kết', 'chủ trì', 'tiếp đón',
  'trao đổi', 'gặp gỡ', 'hội đàm', 'đối thoại', 'giới thiệu', 'tham gia', 'tham dự', 'vận hành',
]);

/** `word` as written, lower-cased, in NFC: the form NAME_STOPS and VERB_PAIRS are keyed on. */
export function lowerWord(s: string): string {
  return s.normalize('NFC').toLowerCase();
}
