/** Name boundaries and kinds in Vietnamese text: each case is a rule of find-actors' passes. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract-article.ts';
import { Gazetteer } from '../reference.ts';
import { article, TEST_GAZETTEER, testReference } from './test-reference.test-helper.ts';

const ref = testReference();

function actorsOf(text: string, reference = ref) {
  return extractArticle(article(text), reference).actors;
}

function names(text: string, reference = ref): string[] {
  return actorsOf(text, reference).map((a) => a.name);
}

describe('ministry fields and "và" inside names', () => {
  it('reads a minister whose field holds "và" without the word Bộ', () => {
    const actors = actorsOf('Buổi lễ có Bộ trưởng Kế hoạch và Đầu tư Trần Văn Nam tới dự.');
    expect(actors.find((a) => a.kind === 'person')?.name).toBe('Trần Văn Nam');
    expect(actors.find((a) => a.id === 'mpi')).toBeDefined();
  });

  it('keeps "và" inside an association name when the next word only begins like a head', () => {
    const text = 'Ông Kim Dae-ho, Chủ tịch Hiệp hội Thương mại và Công nghiệp Hàn Quốc, phát biểu tại hội thảo.';
    expect(names(text)).toContain('Hiệp hội Thương mại và Công nghiệp Hàn Quốc');
  });
});
