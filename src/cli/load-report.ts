/**
 * Naming what a load did and did not write, compactly: per input file, in reading order, the lines of
 * a JSON Lines file as ranges ("lines 1–300, 321–440"), other files by name.
 */
import { CATEGORIES, type LoadCounts } from '../graph/load/counts.ts';
import type { InputEntry } from '../io/read-articles.ts';

export interface WhereRead {
  file: string | null;
  where: string | null;
}

/** Where the reader stopped: the entry it was in and the last line it read there (null: whole file). */
export interface ReadPosition {
  entry: number;
  line: number | null;
  /** True when that entry was read to its end. */
  finished: boolean;
}

export function ranges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i]!;
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i]! + 1) i++;
    parts.push(from === sorted[i] ? `${from}` : `${from}–${sorted[i]}`);
  }
  return parts.join(', ');
}

/** Groups articles by file (in first-seen order) with their line numbers. */
function byFile(items: readonly WhereRead[]): Map<string, number[]> {
  const files = new Map<string, number[]>();
  for (const { file, where } of items) {
    const name = file ?? where ?? '-';
    const lines = files.get(name) ?? [];
    const line = where && where.startsWith(`${name}:`) ? Number(where.slice(name.length + 1)) : NaN;
    if (Number.isInteger(line)) lines.push(line);
    files.set(name, lines);
  }
  return files;
}

const describe = (lines: readonly number[]) => (lines.length ? `: ${lines.length === 1 ? 'line' : 'lines'} ${ranges(lines)}` : '');

/** `  file: lines 1–20` rows for articles. */
export function nameArticles(items: readonly WhereRead[]): string[] {
  return [...byFile(items)].map(([file, lines]) => `  ${file}${describe(lines)}`);
}

/** Rows naming what the reader never reached, given where it stopped. */
export function nameUnread(entries: readonly InputEntry[], at: ReadPosition | null): string[] {
  const rows: string[] = [];
  const first = at ? at.entry : 0;
  if (at && !at.finished) {
    const e = entries[at.entry];
    if (e?.kind === 'file' && at.line !== null) rows.push(`  ${e.path}: from line ${at.line + 1} to the end (not read)`);
  }
  for (const e of entries.slice(at ? first + 1 : 0)) {
    if (e.kind === 'file') rows.push(`  ${e.path} (not read)`);
    else if (e.kind === 'stdin') rows.push('  - (standard input, not read)');
  }
  return rows;
}

export function formatCounts(totals: LoadCounts): string[] {
  return CATEGORIES.map((c) => `${c}: ${totals[c].created} created, ${totals[c].updated} updated, ${totals[c].removed} removed`);
}
