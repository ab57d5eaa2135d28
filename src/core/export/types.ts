/** What an export holds: actors and the facts between them, with counts and dates for a timeline. */
export interface ExportNode {
  id: string;
  label: string;
  kind: string;
  country: string | null;
  aliases: string[];
  /** Sector ids the actor focuses on or pledges in. */
  sectors: string[];
  /** Evidence of the actor's mentions, and the articles they come from. */
  evidenceCount: number;
  articleCount: number;
}

export interface ExportEdge {
  /** The fact key (`rel:…` or `pledge:…`): stable across exports. */
  id: string;
  /** Relation type, or `PLEDGE` for a pledge drawn from who pledges to its recipient. */
  type: string;
  source: string;
  target: string;
  directed: boolean;
  role: string | null;
  /** Partial ISO dates (2024, 2024-06, 2024-06-25): the fact's own dates, else its articles' dates. */
  firstDate: string | null;
  lastDate: string | null;
  dates: string[];
  evidenceCount: number;
  articleCount: number;
  pledgeKind: string | null;
  amount: number | null;
  unit: string | null;
  amountText: string | null;
  amountUsd: number | null;
  status: string | null;
  /** EXTRACTED, CONFIRMED, CORRECTED or REJECTED (only with includeRejected): what a person decided. */
  review?: string;
}

export interface ExportFilter {
  sector: string | null;
  country: string | null;
  types: string[] | null;
  since: string | null;
  until: string | null;
  /** Also facts a person rejected (left out otherwise). */
  includeRejected?: boolean;
}

export interface ExportNetwork {
  nodes: ExportNode[];
  edges: ExportEdge[];
  filter: ExportFilter;
}

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json', 'cyjs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  contentType: string;
  body: string;
}
