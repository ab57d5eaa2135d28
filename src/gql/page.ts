/** Page sizes and the Relay connection shape for keyset pages. */
import { badInput } from './errors.ts';
import { encodeCursor } from './cursor.ts';

export const DEFAULT_PAGE_SIZE = 20;

export interface ForwardArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** `first` defaulted and capped; backward paging is not offered (keyset pages go forwards). */
export function pageSize(args: ForwardArgs, maxPageSize: number): number {
  if (args.last != null || args.before != null) throw badInput('Only forward paging (`first`/`after`) is supported');
  const first = args.first ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
  if (!Number.isInteger(first) || first < 0) throw badInput('`first` must be a non-negative integer');
  if (first > maxPageSize) throw badInput(`\`first\` may be at most ${maxPageSize}`);
  return first;
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Builds a page from rows fetched with limit = size + 1 (the extra row only says there is more). */
export function toPage<R, T>(rows: R[], size: number, hadCursor: boolean, keyOf: (row: R) => [string | number, string], nodeOf: (row: R) => T): Page<T> & { rows: R[] } {
  const kept = rows.slice(0, size);
  const edges = kept.map((row) => ({ cursor: encodeCursor(...keyOf(row)), node: nodeOf(row) }));
  return {
    rows: kept,
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
