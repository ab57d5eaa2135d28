import { describe, expect, it } from 'vitest';
import { article, testReference } from '../../actors/test-reference.test-helper.ts';
import { extractArticle } from '../../extract-article.ts';

const ref = testReference();
const focus = (text: string) => {
  const c = extractArticle({ ...article(`Headline\n${text}`), language: 'en' }, ref);
  return c.relations.filter((r) => r.type === 'FOCUSES_ON').map((r) => [r.from, r.to]);
};

describe('English sector focus', () => {
  it('gives a sector "… between A and B" to that pair only, not to the subjects before it', () => {
    const got = focus('The deals include steel trade signed by Samsung and LG, and AI development between Hyosung and Nvidia.');
    expect(got).toEqual(expect.arrayContaining([['hyosung', 'ai'], ['nvidia', 'ai']]));
    expect(got).not.toContainEqual(['samsung-group', 'ai']);
    expect(got).not.toContainEqual(['lg-group', 'ai']);
  });

  it('does not take a body after "under the" as the subject', () => {
    const got = focus('The agency, under the Samsung group, signed an AI cooperation deal with Nvidia.');
    expect(got).toContainEqual(['nvidia', 'ai']);
    expect(got).not.toContainEqual(['samsung-group', 'ai']);
  });

  it('gives a "<sector> companies such as A, B and C" list its sector', () => {
    const got = focus('The forum drew semiconductor companies such as Arm, Nvidia and Hyosung to Hanoi.');
    expect(got).toEqual(expect.arrayContaining([['arm', 'semiconductors'], ['nvidia', 'semiconductors'], ['hyosung', 'semiconductors']]));
  });
});

describe('subjects given as examples, and verb forms', () => {
  it('reads examples of the subject ("tech giants like A and B") as the subjects', () => {
    const got = focus('Last year, tech giants like Hyosung and Nvidia invested heavily in AI.');
    expect(got).toEqual(expect.arrayContaining([['hyosung', 'ai'], ['nvidia', 'ai']]));
  });

  it('reads examples after a comma ("local firms, including A and B, are expanding …")', () => {
    const got = focus('In Korea, local firms, including Hyosung and Samsung, are expanding their AI capacity.');
    expect(got).toEqual(expect.arrayContaining([['hyosung', 'ai'], ['samsung-group', 'ai']]));
  });

  it('does not read examples of a governed noun as subjects', () => {
    expect(focus('In 2024 the fund invested in AI through partners like Hyosung and Nvidia.').map(([from]) => from)).not.toContain('hyosung');
  });
});
