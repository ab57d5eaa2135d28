/**
 * Units that follow a Vietnamese quantity, written in lower case with tone marks in one placement
 * (see `lowerText`). Longer forms come first so "đô la Mỹ" wins over "đô la".
 */

export type QuantityKind = 'money' | 'percent' | 'count' | 'area' | 'capacity' | 'weight';

export interface UnitForm {
  form: string;
  unit: string;
  kind: QuantityKind;
}

const FORMS: Array<[string[], string, QuantityKind]> = [
  [['usd', 'us$', 'đô la mỹ', 'đô-la mỹ', 'đôla mỹ', 'đô la', 'đô-la', 'đôla', 'đô'], 'USD', 'money'],
  [['vnd', 'vnđ', 'đồng'], 'VND', 'money'],
  [['eur', 'euro', '€'], 'EUR', 'money'],
  [['yên nhật', 'yên', 'jpy'], 'JPY', 'money'],
  [['won', 'krw'], 'KRW', 'money'],
  [['nhân dân tệ', 'ndt', 'cny'], 'CNY', 'money'],
  [['bảng anh', 'gbp'], 'GBP', 'money'],
  [['đô la úc', 'đô la australia', 'aud'], 'AUD', 'money'],
  [['đô la singapore', 'sgd'], 'SGD', 'money'],
  [['đài tệ', 'đô la đài loan', 'twd'], 'TWD', 'money'],
  [['%', 'phần trăm'], 'percent', 'percent'],
  [['kỹ sư', 'kĩ sư', 'sinh viên', 'người', 'lao động', 'chuyên gia', 'nhân lực', 'giảng viên', 'học viên',
    'nhà khoa học', 'nghiên cứu sinh', 'cán bộ', 'nhân viên', 'công nhân', 'kỹ thuật viên', 'học sinh',
    'tiến sĩ', 'thạc sĩ', 'nhân sự', 'tài năng'], 'people', 'count'],
  [['suất học bổng', 'học bổng'], 'scholarships', 'count'],
  [['trường đại học', 'đại học', 'trường', 'viện nghiên cứu', 'cơ sở đào tạo'], 'universities', 'count'],
  [['nhà đầu tư'], 'investors', 'count'],
  [['công ty', 'doanh nghiệp', 'tập đoàn', 'startup', 'start-up', 'hãng'], 'companies', 'count'],
  [['quốc gia', 'nền kinh tế'], 'countries', 'count'],
  [['dự án'], 'projects', 'count'],
  [['trung tâm'], 'centres', 'count'],
  [['km2', 'km²', 'ki-lô-mét vuông'], 'km2', 'area'],
  [['m2', 'm²', 'mét vuông'], 'm2', 'area'],
  [['ha', 'hecta', 'héc-ta', 'hécta'], 'ha', 'area'],
  [['mw', 'megawatt'], 'MW', 'capacity'],
  [['gw', 'gigawatt'], 'GW', 'capacity'],
  // Energy produced is an output figure, read with the capacities: "391,8 triệu kWh/năm" is no money.
  [['kwh'], 'kWh', 'capacity'],
  [['mwh'], 'MWh', 'capacity'],
  [['gwh'], 'GWh', 'capacity'],
  [['kw'], 'kW', 'capacity'],
  [['tấn'], 'tonnes', 'weight'],
];

export const UNIT_FORMS: UnitForm[] = FORMS
  .flatMap(([forms, unit, kind]) => forms.map((form) => ({ form, unit, kind })))
  .sort((a, b) => b.form.length - a.form.length);

const BY_FORM = new Map(UNIT_FORMS.map((u) => [u.form, u]));

export function unitOf(form: string): UnitForm | undefined {
  return BY_FORM.get(form);
}

/**
 * Rough fixed rates to US dollars (USD per unit), documented so a total is reproducible: VND at
 * 25,000 per USD (23,500 before 2023), EUR 1.08, JPY 1/150, KRW 1/1,350, CNY 1/7.2, GBP 1.27, AUD 0.66,
 * SGD 0.74, TWD 1/31.
 */
const USD_PER_UNIT: Record<string, number> = {
  USD: 1, VND: 1 / 25_000, EUR: 1.08, JPY: 1 / 150, KRW: 1 / 1_350, CNY: 1 / 7.2, GBP: 1.27, AUD: 0.66, SGD: 0.74, TWD: 1 / 31,
};

/** The currency codes both languages' tables may give: a money pledge has one of these (or no unit). */
export const MONEY_UNITS: ReadonlySet<string> = new Set(Object.keys(USD_PER_UNIT));

/** The amount in USD, or null when the unit is not money. */
export function toUsd(value: number, unit: string | null, year?: number | null): number | null {
  if (!unit) return null;
  let rate = USD_PER_UNIT[unit];
  if (rate === undefined) return null;
  if (unit === 'VND' && year != null && year < 2023) rate = 1 / 23_500;
  return Math.round(value * rate * 100) / 100;
}
