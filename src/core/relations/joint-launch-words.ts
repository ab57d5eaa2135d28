/** Words of the joint-launch rule (joint-launch.ts), kept apart from its logic. */

/** Verbs of bringing one thing out together. */
export const LAUNCH_VERBS = ['công bố', 'ra mắt', 'khởi động', 'triển khai', 'thành lập', 'khai trương'];

/** Between the parties and the verb: tense and manner only ("đã chính thức", "vừa cùng nhau"); "đều", "lần lượt" (each on its own) are not here. */
export const BEFORE_VERB = /^\s*(?:(?:đã|vừa|sẽ|mới|chính thức|cùng|cùng nhau|chung)\s+)*$/u;

/** What is launched: one shared plan, programme or venture ("kế hoạch", "chương trình đào tạo"), right after the verb. */
export const SHARED_THING = /^\s+(?:(?:một|chung)\s+)?(?:kế hoạch|chương trình|dự án|sáng kiến|liên doanh|liên minh|mạng lưới|nền tảng|quỹ)(?=[\s,.])/u;
