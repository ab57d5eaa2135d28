// Invariants of the text foundations on many generated messy inputs (a fixed seed: reproducible).
import { describe, expect, it } from 'vitest';
import { findBody } from '../../src/core/text/boilerplate.ts';
import { foldText, lowerText, nameKey, slugify } from '../../src/core/text/fold.ts';
import { normalizeText, unifyToneMarks } from '../../src/core/text/normalize.ts';
import { splitClauses, splitSentences } from '../../src/core/text/segment.ts';
import { findQuantities } from '../../src/core/parse/numbers.ts';
import { findDates } from '../../src/core/parse/dates.ts';
import { findPeriods } from '../../src/core/parse/periods.ts';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'Hoà Lạc', 'THUỶ', 'khoẻ', 'Samsung', 'đầu tư', 'thêm', 'hơn', 'ít nhất', '3 tỷ USD', '1.000 kỹ sư', '1,5', '20.000m2',
  'ngày 18/9/2023', 'chiều 12/8', 'Ngày 25.6', 'tháng 1/2024', 'năm 2024', 'trong 5 năm tới', 'giai đoạn 2025 - 2026',
  'TP.HCM', 'Washington D.C', '(C4IR)', '…', '...', '“', '”', '"', ';', ':', ',', '.', '!', '?', '|', '(', ')', '-',
  ' ', ' ', ' ', '\u00A0', '\n', '\n\n', '\r\n', 'Tin liên quan', 'Ảnh: TTXVN', '(Ảnh: Tuấn Anh)', 'đồng thời', 'Tin mới',
  'a\u0300', 'o\u0302\u0301', '16:04 | 22/01/2025', '(0) Bình luận', 'hai mươi', 'nhà đầu tư', '%', 'Bảo Bảo',
];

function generate(random: () => number): string {
  const n = 5 + Math.floor(random() * 60);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(random() * PIECES.length)]!;
  return s;
}

describe('text invariants on generated input', () => {
  const random = mulberry32(20240626);
  const samples = Array.from({ length: 300 }, () => normalizeText(generate(random)));

  it('folding keeps the length and is idempotent on keys', () => {
    for (const s of samples) {
      expect(foldText(s)).toHaveLength(s.length);
      expect(lowerText(s)).toHaveLength(s.length);
      expect(unifyToneMarks(s)).toHaveLength(s.length);
      expect(nameKey(nameKey(s))).toBe(nameKey(s));
      expect(slugify(s)).toMatch(/^(?:[a-z0-9][a-z0-9-]*)?$/);
    }
  });

  it('body ranges are ordered, disjoint, in bounds and trimmed', () => {
    for (const s of samples) {
      let last = -1;
      for (const r of findBody(s)) {
        expect(r.start).toBeGreaterThan(last);
        expect(r.end).toBeGreaterThan(r.start);
        expect(r.end).toBeLessThanOrEqual(s.length);
        expect(s.slice(r.start, r.end)).toBe(s.slice(r.start, r.end).trim());
        last = r.end;
      }
    }
  });

  it('sentences and clauses are exact slices, ordered and nested', () => {
    for (const s of samples) {
      const body = findBody(s);
      let last = 0;
      for (const sentence of splitSentences(s, body)) {
        expect(s.slice(sentence.start, sentence.end)).toBe(sentence.text);
        expect(sentence.start).toBeGreaterThanOrEqual(last);
        expect(body.some((r) => r.start <= sentence.start && sentence.end <= r.end)).toBe(true);
        last = sentence.end;
        for (const clause of splitClauses(s, sentence)) {
          expect(s.slice(clause.start, clause.end)).toBe(clause.text);
          expect(clause.start >= sentence.start && clause.end <= sentence.end).toBe(true);
        }
      }
    }
  });

  it('quantities, dates and periods are exact slices with sane values', () => {
    for (const s of samples) {
      for (const q of findQuantities(s)) {
        expect(s.slice(q.start, q.end)).toBe(q.text);
        expect(q.phraseStart).toBeLessThanOrEqual(q.start);
        expect(Number.isFinite(q.value) && q.value > 0).toBe(true);
      }
      for (const d of findDates(s, '2024-06-26')) {
        expect(s.slice(d.start, d.end)).toBe(d.text);
        expect(d.date === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d.date)).toBe(true);
      }
      for (const p of findPeriods(s, '2024-06-26')) {
        expect(s.slice(p.start, p.end)).toBe(p.text);
        if (p.period) expect(p.period.end).toBeGreaterThanOrEqual(p.period.start);
      }
    }
  });
});
