/** Colours shared by the explorer page and the exports, so Gephi opens with the page's legend. */
export const KIND_COLORS: Readonly<Record<string, string>> = {
  company: '#1f77b4',
  government: '#d62728',
  organization: '#9467bd',
  university: '#2ca02c',
  country: '#ff7f0e',
  place: '#8c564b',
  facility: '#e377c2',
  person: '#17becf',
};
export const DEFAULT_KIND_COLOR = '#7f7f7f';

export const RELATION_COLORS: Readonly<Record<string, string>> = {
  INVESTS_IN: '#2e7d32',
  PLEDGE: '#66bb6a',
  TRAINS: '#6a1b9a',
  VISITS: '#ef6c00',
  MEETS: '#f9a825',
  PARTNERS_WITH: '#1565c0',
  HOLDS_ROLE: '#00838f',
  SUBSIDIARY_OF: '#5d4037',
  PART_OF: '#9e9e9e',
  LOCATED_IN: '#bdbdbd',
  OPERATES: '#ad1457',
  FOCUSES_ON: '#827717',
};
export const DEFAULT_RELATION_COLOR = '#999999';

export const kindColor = (kind: string): string => KIND_COLORS[kind] ?? DEFAULT_KIND_COLOR;
export const relationColor = (type: string): string => RELATION_COLORS[type] ?? DEFAULT_RELATION_COLOR;
