/**
 * Issue 13, item 6: every fact the extractor emits over every gold folder (and the seeds) carries
 * evidence whose quote is exactly the stored text at its offsets: text.slice(start, end) === quote.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFiles } from '../../src/io/extract-files.ts';
import { listTextFiles } from '../../src/io/read-gold-folder.ts';
import { GOLD_FOLDERS, ROOT } from '../support/gold-folders.ts';

/** Folders with articles in them (the corpus starts empty). */
const FOLDERS = Object.entries({ ...GOLD_FOLDERS, 'seeds/articles': join(ROOT, 'seeds/articles') })
  .filter(([, dir]) => readdirSync(dir).some((name) => name.endsWith('.txt')));

describe.each(FOLDERS)('evidence of every fact extracted from %s', (_name, dir) => {
  it('quotes the stored text exactly at its offsets', async () => {
    const files = await listTextFiles(dir);
    const { claims, texts, errors } = await extractFiles(files);
    expect(errors).toEqual([]);
    expect(claims.length).toBe(files.length);
    const wrong: string[] = [];
    for (const article of claims) {
      const text = texts.get(article.article.id)!;
      const facts = [
        ...article.actors.map((a) => ({ what: `actor ${a.name}`, evidence: a.mentions })),
        ...article.sectors.map((s) => ({ what: `sector ${s.id}`, evidence: s.mentions })),
        ...article.pledges.map((p) => ({ what: `pledge ${p.amountText}`, evidence: p.evidence })),
        ...article.relations.map((r) => ({ what: `${r.type} ${r.from} → ${r.to}`, evidence: r.evidence })),
      ];
      for (const { what, evidence } of facts) {
        if (evidence.length === 0) wrong.push(`${article.article.file}: ${what} has no evidence`);
        for (const e of evidence) {
          if (text.slice(e.start, e.end) !== e.quote) wrong.push(`${article.article.file}: ${what}: «${e.quote}» ≠ «${text.slice(e.start, e.end)}»`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
