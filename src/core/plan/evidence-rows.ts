/**
 * Collects an article's Evidence rows, checked against the stored text: for a pledge or relation one
 * per place that states it; for an actor or sector mention one per article — its first mention, with
 * how many there are (`mentions`). Every mention as a node would be 60 % of a load's rows (an article
 * names Việt Nam a dozen times) and nothing reads them one by one.
 */
import type { Evidence } from '../claims.ts';
import { evidenceId } from './fact-keys.ts';
import type { EvidenceRow } from './types.ts';

export class EvidenceRows {
  private readonly rows = new Map<string, EvidenceRow>();
  private readonly keys = new Set<string>();
  private readonly mentions = new Map<string, { first: Evidence; places: Set<number> }>();

  constructor(
    private readonly articleId: string,
    private readonly text: string | null,
    private readonly warn: (message: string) => void,
  ) {}

  add(factKey: string, evidence: Evidence, date: string | null = null): void {
    const id = evidenceId(factKey, this.articleId, evidence.start, evidence.end);
    if (this.rows.has(id)) return;
    this.check(factKey, evidence);
    this.keys.add(factKey);
    this.rows.set(id, this.row(id, factKey, evidence, date, null));
  }

  /** A mention of an actor or sector: counted, and kept when it is the article's first. */
  addMention(factKey: string, evidence: Evidence): void {
    const seen = this.mentions.get(factKey);
    if (seen?.places.has(evidence.start)) return;
    this.check(factKey, evidence);
    this.keys.add(factKey);
    if (!seen) {
      this.mentions.set(factKey, { first: evidence, places: new Set([evidence.start]) });
      return;
    }
    seen.places.add(evidence.start);
    if (evidence.start < seen.first.start) seen.first = evidence;
  }

  private check(factKey: string, evidence: Evidence): void {
    if (this.text !== null && this.text.slice(evidence.start, evidence.end) !== evidence.quote) {
      this.warn(`evidence for ${factKey} at ${evidence.start}-${evidence.end} does not match the stored text`);
    }
  }

  private row(id: string, factKey: string, evidence: Evidence, date: string | null, mentions: number | null): EvidenceRow {
    return {
      id,
      factKey,
      articleId: this.articleId,
      quote: evidence.quote,
      start: evidence.start,
      end: evidence.end,
      rule: evidence.rule,
      confidence: evidence.confidence,
      date,
      mentions,
    };
  }

  has(factKey: string): boolean {
    return this.keys.has(factKey);
  }

  /** Sorted by fact, then place in the text. */
  list(): EvidenceRow[] {
    const mentionRows = [...this.mentions].map(([factKey, m]) =>
      this.row(evidenceId(factKey, this.articleId, m.first.start, m.first.end), factKey, m.first, null, m.places.size));
    // Code-unit order, not localeCompare: the same everywhere, and far cheaper on big articles.
    return [...this.rows.values(), ...mentionRows].sort((a, b) => (a.factKey < b.factKey ? -1 : a.factKey > b.factKey ? 1 : a.start - b.start || a.end - b.end));
  }
}
