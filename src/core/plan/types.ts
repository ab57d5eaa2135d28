/** The rows one article's load writes: plain data, ready to be passed as `$rows` to cypher/load/*. */
import type { ActorKind, RelationType } from '../claims.ts';

export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  /** The kind as a node label (`Company`, `Government`, …). */
  label: string;
  aliases: string[];
  /** Folded name and aliases joined by spaces, for the full-text index. */
  searchText: string;
  /** The folded forms `searchText` is made of (so the graph can add new ones to a node's text). */
  searchForms: string[];
  country: string | null;
  /** From the gazetteer: its name, kind and country win over what an article says. */
  gazetteer: boolean;
}

export interface SectorRow {
  id: string;
  name: string;
  nameVi: string | null;
  parent: string | null;
  searchText: string;
}

export interface PledgeRow {
  id: string;
  by: string;
  to: string | null;
  requestedBy: string | null;
  kind: string;
  amount: number | null;
  unit: string | null;
  amountText: string | null;
  amountUsd: number | null;
  qualifier: string | null;
  incremental: boolean;
  cumulative: boolean;
  periodStart: number | null;
  periodEnd: number | null;
  status: string;
  /** Period start, else the article's year. */
  year: number | null;
  sectors: string[];
  /** Hash of the properties written (all but `year`): an equal one in the graph means no write, no lock. */
  rowHash: string;
}

export interface RelationRow {
  /** The fact key `rel:<TYPE>:<from>:<to>[:<role>]`, also the relationship's `key`. */
  key: string;
  type: RelationType;
  from: string;
  to: string;
  role: string | null;
  /** Dates this article gives the fact, sorted. */
  dates: string[];
}

export interface EvidenceRow {
  id: string;
  factKey: string;
  articleId: string;
  quote: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  date: string | null;
  /** How many places of the article state the fact (with this date); this row is the best of them. */
  mentions: number;
}

export interface ArticleRow {
  id: string;
  title: string;
  published: string | null;
  outlet: string | null;
  url: string | null;
  language: string;
  file: string | null;
  /** The stored text every evidence offset points into (null when the caller had none). */
  text: string | null;
  textLength: number;
  /** Hash of everything this plan writes but `file`: an equal hash in the graph means nothing to do. */
  claimsHash: string;
}

/** Everything one article's load writes. Rows are sorted by key, so locks are taken in one order. */
export interface LoadPlan {
  article: ArticleRow;
  actors: ActorRow[];
  sectors: SectorRow[];
  pledges: PledgeRow[];
  relations: RelationRow[];
  evidence: EvidenceRow[];
  /** Facts dropped or doubtful (unknown endpoints, quotes that do not match the text). */
  warnings: string[];
}
