import { describe, expect, it } from 'vitest';
import { article, testReference } from '../../actors/test-reference.test-helper.ts';
import { extractArticle } from '../../extract-article.ts';

const ref = testReference();
const read = (text: string) => extractArticle({ ...article(`Headline\n${text}`), language: 'en' }, ref);
const roles = (text: string) => {
  const c = read(text);
  const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  return c.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => [name(r.from), name(r.to), r.role]);
};

describe('English posts after a courtesy title and a name', () => {
  it('reads the post after a spaced dash', () => {
    expect(roles('Last week, Ms. Laura Chen – Senior Vice President of Hyosung toured the site.')).toEqual([['Laura Chen', 'Hyosung', 'Senior Vice President']]);
    // The dash does not join the name and the post into one long company name.
    const text = 'Last week, Ms. Laura Chen – Senior Vice President of Orbita Systems Corporation toured the site.';
    expect(read(text).actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Laura Chen', 'Orbita Systems Corporation']));
    expect(roles(text)).toEqual([['Laura Chen', 'Orbita Systems Corporation', 'Senior Vice President']]);
  });

  it('reads the post in a comma appositive', () => {
    expect(roles('Dr. Peter Holm, CEO of Hyosung, opened the plant.')).toEqual([['Peter Holm', 'Hyosung', 'CEO']]);
  });
});

describe('English posts after a demonym', () => {
  it('reads a lower-case title after a demonym', () => {
    expect(roles('The summit was opened by Vietnamese president Tran Quoc Minh on Monday.')).toEqual([['Tran Quoc Minh', 'Việt Nam', 'president']]);
    expect(roles('The summit was opened by president Tran Quoc Minh on Monday.')).toEqual([]);
  });

  it('reads "U.S." with its dots as the country of the post', () => {
    expect(roles('Talks with U.S. Commerce Secretary Gina Raimondo went well.')).toEqual([['Gina Raimondo', 'Hoa Kỳ', 'Commerce Secretary']]);
  });
});

describe("a minister's ministry from its field", () => {
  it('reads the field before the title', () => {
    expect(roles('Planning and Investment Minister Le Van Tam opened the forum.')).toEqual([['Le Van Tam', 'Ministry of Planning and Investment', 'Minister']]);
  });

  it('ends the field after the title before a name that is no field', () => {
    expect(roles('Minister for Trade and Industry Tan Boon Hock opened the forum.')).toEqual([['Tan Boon Hock', 'Ministry of Trade and Industry', 'Minister']]);
  });
});

describe('a person named by one word after a title', () => {
  it('names a leader by a Vietnamese given name alone, leading Vietnam', () => {
    const text = 'Prime Minister Hung praised the plan. Later, Prime Minister Hung toured the plant.';
    const people = read(text).actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toEqual(['Hung']);
    expect(roles(text)).toEqual([['Hung', 'Việt Nam', 'Prime Minister']]);
  });

  it('does not make a person of the word after a post that is not a courtesy or public office', () => {
    expect(read('The CEO Summit opened in Da Nang on Monday.').actors.filter((a) => a.kind === 'person')).toEqual([]);
  });

  it('refers back by the family name first when a name is written family name first', () => {
    const text = 'The deal was signed by Lim Boon Kiat, chairman of Orbita Systems Corporation. Dr Lim said the plant would open soon.';
    expect(read(text).actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Lim Boon Kiat']);
  });
});

describe('English names with country syllables and names set off by commas', () => {
  it('keeps a country short name inside a Vietnamese name', () => {
    expect(read('The Director of Orbita Systems Corporation Trần Mỹ Linh spoke.').actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Trần Mỹ Linh']);
  });

  it('reads the name set off by commas after "the CEO of X"', () => {
    expect(roles('Echoing this, the CEO of Orbita Systems Corporation, Maria Lopez, said the plant would open.')).toEqual([['Maria Lopez', 'Orbita Systems Corporation', 'CEO']]);
  });
});
