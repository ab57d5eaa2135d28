// Checks of the text foundations against the seed articles (file access keeps them out of src/core).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBody } from '../../src/core/text/boilerplate.ts';
import { normalizeText } from '../../src/core/text/normalize.ts';
import { foldText, lowerText } from '../../src/core/text/fold.ts';
import { splitClauses, splitSentences } from '../../src/core/text/segment.ts';
import { findQuantities } from '../../src/core/parse/numbers.ts';
import { findDates } from '../../src/core/parse/dates.ts';
import { findPeriods } from '../../src/core/parse/periods.ts';

const seedDir = new URL('../../seeds/articles/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, seedDir), 'utf8');
const bodyText = (text: string) => findBody(text).map((r) => text.slice(r.start, r.end)).join('\n');

describe('seed articles', () => {
  it('leaves every seed article exactly as its bytes', () => {
    for (const name of readdirSync(seedDir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(new URL(name, seedDir), 'utf8');
      expect(normalizeText(text), name).toBe(text);
    }
  });

  it('keeps the body of the seed articles and leaves out their listings', () => {
    const s0 = bodyText(seed('000_c199190280fd8287.txt'));
    expect(s0).toContain('Hyosung cam kết');
    expect(s0).toContain('đặc biệt là điện tử, bán dẫn, năng lượng tái tạo và lĩnh vực công nghệ cao.');
    expect(s0).not.toMatch(/Tin liên quan|\d\d:\d\d \| |INFOGRAPHICS/);

    const s3 = bodyText(seed('003_acf5a3b59b7c797d.txt'));
    expect(s3).toContain('Thủ tướng Phạm Minh Chính thăm Tập đoàn công nghệ Nvidia');
    expect(s3).toContain('giá trị lên tới 1 tỷ USD');
    expect(s3).not.toMatch(/Ảnh:|Tin liên quan|^\|/m);

    const s4 = bodyText(seed('004_8f2edd54ac70151b.txt'));
    expect(s4).toContain('hỗ trợ 30 trường đại học hàng đầu Việt Nam');
    expect(s4).not.toMatch(/POWERED|Bình luận|Tập Cận Bình|anh-dai-dien|Ảnh: BCT|Tuyết Nhung/);
  });

  it('gives exact offsets everywhere: folds, sentences inside the body, clauses, quantities, dates', () => {
    for (const name of readdirSync(seedDir).filter((f) => f.endsWith('.txt'))) {
      const text = seed(name);
      expect(foldText(text)).toHaveLength(text.length);
      expect(lowerText(text)).toHaveLength(text.length);
      const body = findBody(text);
      for (const sentence of splitSentences(text, body)) {
        expect(text.slice(sentence.start, sentence.end), name).toBe(sentence.text);
        expect(body.some((r) => r.start <= sentence.start && sentence.end <= r.end), sentence.text).toBe(true);
        for (const clause of splitClauses(text, sentence)) {
          expect(text.slice(clause.start, clause.end)).toBe(clause.text);
          expect(clause.start >= sentence.start && clause.end <= sentence.end).toBe(true);
        }
      }
      const found = [...findQuantities(text), ...findDates(text, '2024-06-26'), ...findPeriods(text, '2024-06-26')];
      for (const f of found) expect(text.slice(f.start, f.end), name).toBe(f.text);
    }
  });
});
