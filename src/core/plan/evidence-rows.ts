/**
 * Collects an article's Evidence rows, checked against the stored text: one per fact (and per date
 * the article gives it) — the place stated with the most confidence, the earliest among equals — with
 * the number of places that state it (`mentions`). A node per place would be twice the rows (an
 * article names Việt Nam a dozen times, and restates its main facts in the title, the lead and the
 * body), and rows are what a load costs; the other places add no fact, date or article.
 */
import type { Evidence } from '../claims.ts';
import { evidenceId } from './fact-keys.ts';
import type { EvidenceRow } from './types.ts';

interface Places {
  factKey: string;
  date: string | null;
  best: Evidence;
  starts: Set<number>;
}

const better = (a: Evidence, b: Evidence) => a.confidence > b.confidence || (a.confidence === b.confidence && a.start < b.start);

export class EvidenceRows {
  private readonly facts = new Map<string, Places>();
  private readonly keys = new Set<string>();

  constructor(
    private readonly articleId: string,
    private readonly text: string | null,
    private readonly warn: (message: string) => void,
  ) {}

  /** A place that states `factKey` (an actor or sector mention, a pledge, a relation with the date it gives). */
  add(factKey: string, evidence: Evidence, date: string | null = null): void {
    const key = date === null ? factKey : `${factKey}\u0000${date}`;
    const seen = this.facts.get(key);
    if (seen?.starts.has(evidence.start)) return;
    if (this.text !== null && this.text.slice(evidence.start, evidence.end) !== evidence.quote) {
      this.warn(`evidence for ${factKey} at ${evidence.start}-${evidence.end} does not match the stored text`);
    }
    this.keys.add(factKey);
    if (!seen) {
      this.facts.set(key, { factKey, date, best: evidence, starts: new Set([evidence.start]) });
      return;
    }
    seen.starts.add(evidence.start);
    if (better(evidence, seen.best)) seen.best = evidence;
  }

  has(factKey: string): boolean {
    return this.keys.has(factKey);
  }

  /** Sorted by fact, then place in the text. */
  list(): EvidenceRow[] {
    const rows = [...this.facts.values()].map(({ factKey, date, best, starts }): EvidenceRow => ({
      // The date is part of the id: one place may state a fact for two dates ("ngày 12/8 và 20/9").
      id: evidenceId(date === null ? factKey : `${factKey}@${date}`, this.articleId, best.start, best.end),
      factKey,
      articleId: this.articleId,
      quote: best.quote,
      start: best.start,
      end: best.end,
      rule: best.rule,
      confidence: best.confidence,
      date,
      mentions: starts.size,
    }));
    // Code-unit order, not localeCompare: the same everywhere, and far cheaper on big articles.
    return rows.sort((a, b) => (a.factKey < b.factKey ? -1 : a.factKey > b.factKey ? 1 : a.start - b.start || a.end - b.end));
  }
}
