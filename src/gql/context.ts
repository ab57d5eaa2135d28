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

export interface GqlContext {
  read: ReadFn;
  loaders: Loaders;
  /** True when the request carried the configured API token. */
  authorized: boolean;
  writer: ArticleWriter;
  maxPageSize: number;
}

export function createContext(opts: { read: ReadFn; authorized: boolean; writer: ArticleWriter; maxPageSize: number }): GqlContext {
  return { ...opts, loaders: createLoaders(opts.read) };
}
