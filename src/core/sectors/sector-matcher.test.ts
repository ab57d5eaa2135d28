import { describe, expect, it } from 'vitest';
import { TEST_SECTORS } from '../actors/test-reference.test-helper.ts';
import { tokenize } from '../actors/tokenize.ts';
import { foldText } from '../text/fold.ts';
import { compileSectors, scanSectors } from './sector-matcher.ts';

const sectors = compileSectors(TEST_SECTORS);

function hits(text: string, blocked?: Uint8Array): string[] {
  const tokens = tokenize(foldText(text), [{ start: 0, end: text.length }]);
  return scanSectors(text, tokens, sectors, blocked ?? new Uint8Array(tokens.length + 1)).map((h) => `${h.sector.id}:${text.slice(h.start, h.end)}`);
}

describe('scanSectors', () => {
  it('finds Vietnamese and English keywords, the longest first', () => {
    expect(hits('Đào tạo thiết kế chip, bán dẫn và AI cho ngành công nghệ cao.')).toEqual([
      'chip-design:thiết kế chip', 'semiconductors:bán dẫn', 'ai:AI', 'high-tech:công nghệ cao',
    ]);
  });

  it('needs the same diacritics and, for capitalised keywords, capitals', () => {
    // "bàn dân" folds like "bán dẫn"; "ai" (who) is not "AI".
    expect(hits('Ai cũng bàn dân sinh.')).toEqual([]);
  });

  it('skips words inside actor names', () => {
    const text = 'Trung tâm dữ liệu Viettel';
    const blocked = new Uint8Array(10).fill(1);
    expect(hits(text, blocked)).toEqual([]);
    expect(hits(text)).toEqual(['data-centers:Trung tâm dữ liệu']);
  });
});
