import type { DecisionRequest, DecisionRow } from '../core/decisions/decision.ts';
import type { ReadFn, Loaders } from './loaders.ts';
import { createLoaders } from './loaders.ts';

/** What a mutation hands to the writer, already validated. */
export interface IngestInput {
  title: string;
  text: string;
  published: string | null;
  url: string | null;
  outlet: string | null;
  language: string;
}

export interface IngestResult {
  articleId: string;
  actors: number;
  sectors: number;
  pledges: number;
  relations: number;
  evidence: number;
}

/** Writes go through this, so the schema never sees the driver or the loader's internals. */
export interface ArticleWriter {
  ingest(input: IngestInput): Promise<IngestResult>;
  /** True when an article was there and is now gone with the facts only it supported. */
  delete(articleId: string): Promise<boolean>;
}

/** Decisions go through this: one write transaction each; refusals come back as coded GraphQL errors. */
export interface DecisionWriter {
  decide(request: DecisionRequest, opts: { editor: string; reason: string | null }): Promise<DecisionRow>;
}

export interface GqlContext {
  read: ReadFn;
  loaders: Loaders;
  /** The editor whose API token the request carried, or null (mutations refused). */
  editor: string | null;
  writer: ArticleWriter;
  decisions: DecisionWriter;
  maxPageSize: number;
}

export function createContext(opts: { read: ReadFn; editor: string | null; writer: ArticleWriter; decisions: DecisionWriter; maxPageSize: number }): GqlContext {
  return { ...opts, loaders: createLoaders(opts.read) };
}
