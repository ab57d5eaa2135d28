/**
 * English number, scale, unit and qualifier words for `findEnglishQuantities`. Lower case (the
 * scan reads `lowerText`). Units map onto the codes the Vietnamese reader uses (USD, people, …), so
 * the two languages give the same pledge for the same promise.
 */
import type { QuantityKind } from '../../parse/units.ts';
import type { QuantityQualifier } from '../../parse/quantity-patterns.ts';

export const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
};

/** Scale words; the short forms ("$50m", "$1.5bn") only after a currency. */
export const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
export const SHORT_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12 };

export interface EnUnit {
  unit: string;
  kind: QuantityKind;
}

const money = (unit: string): EnUnit => ({ unit, kind: 'money' });
const count = (unit: string): EnUnit => ({ unit, kind: 'count' });

/** Currency signs and codes written before the number ("$200 million", "USD 1.5 billion", "VND5 trillion"). */
export const PREFIX_CURRENCIES: Record<string, EnUnit> = {
  'us$': money('USD'), '$': money('USD'), 'usd': money('USD'), 'u.s.$': money('USD'),
  '€': money('EUR'), 'eur': money('EUR'), '¥': money('JPY'), 'jpy': money('JPY'), '£': money('GBP'), 'gbp': money('GBP'),
  '₩': money('KRW'), 'krw': money('KRW'), 'vnd': money('VND'), 'vnđ': money('VND'), '₫': money('VND'), 'cny': money('CNY'), 'rmb': money('CNY'),
  's$': money('SGD'), 'sgd': money('SGD'), 'a$': money('AUD'), 'aud': money('AUD'), 'nt$': money('TWD'), 'twd': money('TWD'),
};

/** Units written after the number; longer forms first where one contains another. */
export const SUFFIX_UNITS: Record<string, EnUnit> = {
  'us dollars': money('USD'), 'u.s. dollars': money('USD'), 'american dollars': money('USD'), 'dollars': money('USD'), 'dollar': money('USD'),
  'usd': money('USD'), 'us$': money('USD'),
  'euros': money('EUR'), 'euro': money('EUR'), 'eur': money('EUR'),
  'japanese yen': money('JPY'), 'yen': money('JPY'), 'jpy': money('JPY'),
  'korean won': money('KRW'), 'south korean won': money('KRW'), 'won': money('KRW'), 'krw': money('KRW'),
  'vietnamese dong': money('VND'), 'dong': money('VND'), 'vnd': money('VND'), 'vnđ': money('VND'),
  'chinese yuan': money('CNY'), 'yuan': money('CNY'), 'renminbi': money('CNY'), 'cny': money('CNY'),
  'pounds sterling': money('GBP'), 'pounds': money('GBP'), 'gbp': money('GBP'),
  'singapore dollars': money('SGD'), 'australian dollars': money('AUD'), 'taiwan dollars': money('TWD'),
  '%': { unit: 'percent', kind: 'percent' }, 'percent': { unit: 'percent', kind: 'percent' }, 'per cent': { unit: 'percent', kind: 'percent' },
  'hectares': { unit: 'ha', kind: 'area' }, 'hectare': { unit: 'ha', kind: 'area' }, 'ha': { unit: 'ha', kind: 'area' },
  'square metres': { unit: 'm2', kind: 'area' }, 'square meters': { unit: 'm2', kind: 'area' }, 'sq m': { unit: 'm2', kind: 'area' },
  'm2': { unit: 'm2', kind: 'area' }, 'm²': { unit: 'm2', kind: 'area' },
  'square kilometres': { unit: 'km2', kind: 'area' }, 'square kilometers': { unit: 'km2', kind: 'area' }, 'km2': { unit: 'km2', kind: 'area' }, 'km²': { unit: 'km2', kind: 'area' },
  'megawatts': { unit: 'MW', kind: 'capacity' }, 'megawatt': { unit: 'MW', kind: 'capacity' }, 'mw': { unit: 'MW', kind: 'capacity' },
  'gigawatts': { unit: 'GW', kind: 'capacity' }, 'gigawatt': { unit: 'GW', kind: 'capacity' }, 'gw': { unit: 'GW', kind: 'capacity' },
  'tonnes': { unit: 'tonnes', kind: 'weight' }, 'tons': { unit: 'tonnes', kind: 'weight' },
  'kwh': { unit: 'kWh', kind: 'capacity' }, 'mwh': { unit: 'MWh', kind: 'capacity' }, 'gwh': { unit: 'GWh', kind: 'capacity' }, 'kw': { unit: 'kW', kind: 'capacity' },
};

/** Count nouns: what a number of them is counted in ("1,000 engineers" → people). Singular and plural. */
export const COUNT_NOUNS: Record<string, EnUnit> = {};
const COUNTS: Array<[string[], string]> = [
  [['engineer', 'student', 'people', 'person', 'worker', 'employee', 'staff', 'expert', 'specialist', 'researcher',
    'scientist', 'lecturer', 'teacher', 'trainee', 'technician', 'talent', 'professional', 'graduate', 'intern',
    'developer', 'programmer', 'designer', 'job', 'labourer', 'laborer', 'personnel', 'phd', 'doctor', 'scholar',
    'official', 'manager', 'learner', 'participant', 'fellow', 'instructor'], 'people'],
  [['university', 'school', 'college', 'institute', 'training institution'], 'universities'],
  [['company', 'firm', 'business', 'enterprise', 'startup', 'start-up', 'corporation', 'manufacturer', 'supplier'], 'companies'],
  [['investor'], 'investors'],
  [['country', 'nation', 'economy'], 'countries'],
  [['project'], 'projects'],
  [['scholarship', 'grant'], 'scholarships'],
  [['centre', 'center', 'lab', 'laboratory'], 'centres'],
];
for (const [nouns, unit] of COUNTS) {
  for (const n of nouns) {
    COUNT_NOUNS[n] = count(unit);
    const plural = n.endsWith('y') && !/[aeiou]y$/.test(n) ? `${n.slice(0, -1)}ies` : n.endsWith('s') || n.endsWith('ch') ? `${n}es` : `${n}s`;
    if (!['people', 'staff', 'personnel'].includes(n)) COUNT_NOUNS[plural] = count(unit);
  }
}

/** Words that may stand between a number and its count noun ("1,000 more Vietnamese chip engineers"). */
export const NOT_BETWEEN = new Set([
  'of', 'in', 'to', 'and', 'or', 'the', 'for', 'on', 'at', 'by', 'with', 'from', 'into', 'than', 'as', 'per',
  'is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'be', 'been', 'that', 'which', 'this',
  'year', 'years', 'month', 'months', 'day', 'days', 'week', 'weeks', 'times', 'percent',
]);

/** Qualifiers before an amount, longest first when one ends another. */
export const QUALIFIERS: Array<[string, QuantityQualifier]> = [
  ['more than', 'more_than'], ['over', 'more_than'], ['above', 'more_than'], ['in excess of', 'more_than'], ['upwards of', 'more_than'],
  ['at least', 'at_least'], ['no less than', 'at_least'], ['not less than', 'at_least'], ['a minimum of', 'at_least'], ['minimum', 'at_least'],
  ['up to', 'up_to'], ['as much as', 'up_to'], ['as many as', 'up_to'], ['a maximum of', 'up_to'], ['no more than', 'up_to'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'], ['approaching', 'nearly'],
  ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['roughly', 'about'], ['some', 'about'],
  ['an estimated', 'about'], ['estimated', 'about'], ['circa', 'about'],
];

/** Words before an amount that make it come on top of earlier ones ("an additional $1 billion"). */
export const INCREMENTAL = ['an additional', 'additional', 'another', 'a further', 'further', 'an extra', 'extra'];

/** Vague counts: "hundreds of engineers", "thousands of jobs", "billions of dollars". */
export const VAGUE_COUNTS: Record<string, number> = { dozens: 12, hundreds: 100, thousands: 1e3, 'tens of thousands': 1e4, 'hundreds of thousands': 1e5, millions: 1e6, billions: 1e9 };
