import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract-article.ts';
import { article, testReference } from './test-reference.test-helper.ts';

const ref = testReference();
const claimsOf = (text: string) => extractArticle(article(text), ref);
const names = (text: string) => claimsOf(text).actors.map((a) => a.name);

describe('longer company names and local units', () => {
  it('reads a known company followed by more Latin name words as one, longer company', () => {
    expect(names('Tiêu đề\nTập đoàn Hyosung Heavy Industries (Hàn Quốc) cam kết đầu tư tại TPHCM.')).toEqual(expect.arrayContaining(['Hyosung Heavy Industries', 'Hàn Quốc']));
    expect(names('Tiêu đề\nTập đoàn Hyosung Heavy Industries (Hàn Quốc) cam kết đầu tư tại TPHCM.')).not.toContain('Heavy Industries');
  });

  it('reads "X Vina" and "X Việt Nam" as local units apart from the group', () => {
    const claims = claimsOf('Tiêu đề\nHyosung Vina và Nvidia Việt Nam ký thỏa thuận. Hyosung cũng tham dự.');
    const got = claims.actors.map((a) => a.name);
    expect(got).toEqual(expect.arrayContaining(['Hyosung Vina', 'Nvidia Việt Nam', 'Hyosung']));
    expect(got).not.toContain('Việt Nam');
  });

  it('leaves a person\'s name after a titled company alone', () => {
    const claims = claimsOf('Tiêu đề\nTổng giám đốc Nvidia Jensen Huang cho biết.');
    expect(claims.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Nvidia', 'Jensen Huang']));
  });

  it('ties a company to the home country in brackets after its name', () => {
    const rels = claimsOf('Tiêu đề\nTập đoàn Hyosung Heavy Industries (Hàn Quốc) cam kết đầu tư 100 triệu USD tại TPHCM.').relations;
    expect(rels.map((r) => [r.type, r.from, r.to])).toContainEqual(['LOCATED_IN', 'hyosung-heavy-industries', 'south-korea']);
  });
});

describe('people with hyphenated names', () => {
  it('keeps a hyphenated Korean given name whole and reads the role after it', () => {
    const claims = claimsOf('Tiêu đề\nÔng Park Min-soo, Tổng giám đốc Hyosung, cho biết.');
    expect(claims.actors.map((a) => a.name)).toContain('Park Min-soo');
    expect(claims.relations.map((r) => [r.type, r.from, r.to, r.role])).toContainEqual(['HOLDS_ROLE', 'park-min-soo', 'hyosung', 'Tổng giám đốc']);
  });
});
