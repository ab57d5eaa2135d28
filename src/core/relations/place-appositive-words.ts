/** Words of the place appositive rule (place-appositive.ts), kept apart from its logic. */

/** ", (là) (một) tỉnh …": a comma, then the unit noun that opens the appositive. */
export const APPOSITIVE_UNIT = /^\s*,\s+(?:là\s+)?(?:một\s+)?(?:tỉnh|thành phố|địa phương|đô thị|vùng|khu vực|huyện|quận)(?=\s)/u;

/** The appositive's last word, right before the larger place: "của Việt Nam", "nhỏ nhất Việt Nam", "thuộc tỉnh X". */
export const APPOSITIVE_END = /\s(?:của|tại|ở|thuộc|trong|nhất)\s+$/u;
