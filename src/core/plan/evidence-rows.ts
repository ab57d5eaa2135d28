/** Collects an article's Evidence rows: one per (fact, place), checked against the stored text. */
import type { Evidence } from '../claims.ts';
import { evidenceId } from './fact-keys.ts';
import type { EvidenceRow } from './types.ts';

export class EvidenceRows {
  private readonly rows = new Map<string, EvidenceRow>();
  private readonly keys = new Set<string>();

  constructor(
    private readonly articleId: string,
    private readonly text: string | null,
    private readonly warn: (message: string) => void,
  ) {}

  add(factKey: string, evidence: Evidence, date: string | null = null): void {
    const id = evidenceId(factKey, this.articleId, evidence.start, evidence.end);
    if (this.rows.has(id)) return;
    if (this.text !== null && this.text.slice(evidence.start, evidence.end) !== evidence.quote) {
      this.warn(`evidence for ${factKey} at ${evidence.start}-${evidence.end} does not match the stored text`);
    }
    this.keys.add(factKey);
    this.rows.set(id, {
      id,
      factKey,
      articleId: this.articleId,
      quote: evidence.quote,
      start: evidence.start,
      end: evidence.end,
      rule: evidence.rule,
      confidence: evidence.confidence,
      date,
    });
  }

  has(factKey: string): boolean {
    return this.keys.has(factKey);
  }

  /** Sorted by fact, then place in the text. */
  list(): EvidenceRow[] {
    // Code-unit order, not localeCompare: the same everywhere, and far cheaper on big articles.
    return [...this.rows.values()].sort((a, b) => (a.factKey < b.factKey ? -1 : a.factKey > b.factKey ? 1 : a.start - b.start || a.end - b.end));
  }
}
