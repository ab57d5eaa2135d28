import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold.ts';
import { compileGazetteer, scanGazetteer } from './gazetteer-matcher.ts';
import { TEST_GAZETTEER } from './test-reference.test-helper.ts';
import { tokenize } from './tokenize.ts';

const gaz = compileGazetteer(TEST_GAZETTEER);

function ids(text: string): Array<[string, string]> {
  const tokens = tokenize(foldText(text), [{ start: 0, end: text.length }]);
  return scanGazetteer(text, tokens, gaz).map((s) => [s.actor.id, text.slice(s.start, s.end)]);
}

describe('scanGazetteer', () => {
  it('prefers the longest name at a position', () => {
    expect(ids('Đại diện Samsung Electronics và LG Display phát biểu.')).toEqual([
      ['samsung-electronics', 'Samsung Electronics'], ['lg-display', 'LG Display'],
    ]);
  });

  it('matches across tone-mark placement, case and "và" / "-" spellings', () => {
    expect(ids('Bộ Kế hoạch - Đầu tư làm việc tại TP.HCM và hà Nội')).toEqual([
      ['mpi', 'Bộ Kế hoạch - Đầu tư'], ['ho-chi-minh-city', 'TP.HCM'], ['hanoi', 'hà Nội'],
    ]);
  });

  it('rejects words that only fold to a name: other diacritics or lower-case common words', () => {
    // "hàn" (a verb) is not "Hàn Quốc"; "thẩm mỹ" is not the country "Mỹ".
    expect(ids('Việc hàn quốc lộ và ngành thẩm mỹ không liên quan.')).toEqual([]);
  });

  it('takes a country code fused to "$" for a currency, not the country', () => {
    expect(ids('an investment of US$70 million from the US')).toEqual([['united-states', 'US']]);
    expect(ids('khoảng 2 tỷ US$ từ Mỹ')).toEqual([['united-states', 'Mỹ']]);
  });

  it('matches case-sensitive forms only as written', () => {
    expect(ids('LG dự kiến đầu tư')).toEqual([['lg-group', 'LG']]);
    expect(ids('Thông tin lg không rõ')).toEqual([]);
  });

  it('keeps offsets into the stored text for NFD input', () => {
    const text = 'Doanh nghiệp Hàn Quốc'.normalize('NFD');
    const [hit] = ids(text);
    expect(hit?.[0]).toBe('south-korea');
    expect(hit?.[1]).toBe('Hàn Quốc'.normalize('NFD'));
  });
});
