import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract-article.ts';
import { Gazetteer } from '../reference.ts';
import { article, TEST_GAZETTEER, testReference } from './test-reference.test-helper.ts';

// Two provinces the test gazetteer lacks, and no People's Committee for either.
const ref = testReference(Gazetteer.parse([
  ...TEST_GAZETTEER,
  { id: 'kon-tum', name: 'Kon Tum', kind: 'place', aliases: ['tỉnh Kon Tum'], country: 'vietnam', partOf: 'vietnam' },
  { id: 'can-tho', name: 'Cần Thơ', kind: 'place', country: 'vietnam', partOf: 'vietnam' },
]));
const read = (text: string) => {
  const c = extractArticle(article(`Tiêu đề\n${text}`), ref);
  const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  return {
    actors: c.actors,
    names: c.actors.map((a) => a.name),
    roles: c.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => [name(r.from), name(r.to), r.role]),
  };
};

describe("a province's People's and Party committees", () => {
  it('reads "UBND tỉnh X" and "Ủy ban nhân dân tỉnh X" as one government body, with its English name as an alias', () => {
    const { actors } = read('UBND tỉnh Kon Tum và Tập đoàn Samsung ký thỏa thuận. Ủy ban nhân dân tỉnh Kon Tum sẽ hỗ trợ.');
    const committees = actors.filter((a) => a.kind === 'government');
    expect(committees.map((a) => a.name)).toEqual(['Ủy ban nhân dân tỉnh Kon Tum']);
    expect(committees[0]!.aliases).toEqual(expect.arrayContaining(["Kon Tum People's Committee", 'UBND tỉnh Kon Tum']));
  });

  it('reads a city\'s committee after "UBND TP"', () => {
    expect(read('UBND TP Cần Thơ và Samsung ký thỏa thuận.').names).toContain('Ủy ban nhân dân thành phố Cần Thơ');
  });

  it('gives "Chủ tịch UBND tỉnh" and "Tỉnh ủy" without a name the province whose committee the article names', () => {
    const r = read('UBND tỉnh Kon Tum và Samsung ký thỏa thuận. Tham dự có Phó Bí thư Tỉnh ủy Trần Văn Minh; Phó Chủ tịch UBND tỉnh Lê Thị Hoa.');
    expect(r.roles).toEqual(expect.arrayContaining([
      ['Lê Thị Hoa', 'Ủy ban nhân dân tỉnh Kon Tum', 'Phó Chủ tịch'],
      ['Trần Văn Minh', 'Tỉnh ủy Kon Tum', 'Phó Bí thư'],
    ]));
  });

  it('leaves a bare "UBND tỉnh" alone when no province, or two, have a committee named', () => {
    expect(read('Chủ tịch UBND tỉnh Lê Thị Hoa tiếp Samsung.').names).not.toContain('Ủy ban nhân dân tỉnh Kon Tum');
    const two = read('UBND tỉnh Kon Tum và UBND TP Cần Thơ ký thỏa thuận. Chủ tịch UBND tỉnh Lê Thị Hoa phát biểu.');
    expect(two.roles).toEqual([]);
  });
});

describe('a bare committee is no name', () => {
  it('keeps "UBND tỉnh" out of the aliases, so two provinces\' committees never meet on it', () => {
    const { actors } = read('UBND tỉnh Kon Tum và Samsung ký thỏa thuận. Chủ tịch UBND tỉnh Lê Thị Hoa phát biểu.');
    const committee = actors.find((a) => a.name === 'Ủy ban nhân dân tỉnh Kon Tum')!;
    expect(committee.aliases.map((a) => a.toLowerCase())).not.toContain('ubnd tỉnh');
  });
});
