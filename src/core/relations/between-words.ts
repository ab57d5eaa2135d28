/** Words of the "giữa" party rule (between-parties.ts), kept apart from its logic. */

/** Nouns and verbs of a cooperation whose parties "giữa …" names. */
export const BETWEEN_COOPERATION = [
  'hợp tác', 'phối hợp', 'ký kết', 'thỏa thuận', 'thoả thuận', 'biên bản ghi nhớ', 'liên kết', 'liên doanh', 'quan hệ đối tác',
];

/** After "giữa A và": the partners come as a list ("các đối tác: B, C", "các đối tác như B, C", "đối tác gồm B"). */
export const PARTNER_LIST_OPENER = /^\s+(?:và|với)\s+(?:các\s+)?đối tác(?:\s+của\s+mình)?\s*(?::|như|gồm|là)\s*/u;

/** A consortium's nouns, followed by its members ("liên danh nhà đầu tư gồm A và B"). */
export const CONSORTIUMS = ['liên danh', 'liên doanh', 'liên minh'];
