import { describe, expect, it } from 'vitest';
import { article, testReference } from '../../actors/test-reference.test-helper.ts';
import { extractArticle } from '../../extract-article.ts';

const ref = testReference();
const read = (text: string) => extractArticle({ ...article(`Headline\n${text}`), language: 'en' }, ref);
const names = (text: string) => read(text).actors.map((a) => a.name);
const roles = (text: string) => {
  const c = read(text);
  const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  return c.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => [name(r.from), name(r.to), r.role]);
};

describe('English organisation names after a post', () => {
  it('leaves the title and its "of" out of the organisation', () => {
    expect(names('The board heard Maria Lopez, Director of Orbita Systems Corporation, on Friday.')).toContain('Orbita Systems Corporation');
    expect(names('The board heard Maria Lopez, Director of Orbita Systems Corporation, on Friday.')).not.toContain('Director of Orbita Systems Corporation');
    expect(roles('The board heard Maria Lopez, Director of Orbita Systems Corporation, on Friday.')).toEqual([['Maria Lopez', 'Orbita Systems Corporation', 'Director']]);
  });

  it('ends a body named by its prefix head before the Vietnamese name of its officer', () => {
    const text = "In March, Vice Chairman of the Hanoi People's Committee Tran Van Minh toured the plant.";
    expect(names(text)).toEqual(expect.arrayContaining(["Hanoi People's Committee", 'Tran Van Minh']));
    expect(roles(text)).toEqual([['Tran Van Minh', "Hanoi People's Committee", 'Vice Chairman']]);
  });
});

describe('English bodies whose field is a list', () => {
  it('keeps a comma list of field words closed by "and" in the name', () => {
    expect(names('The Institute for Physics, Chemistry and Materials Research signed the deal.')).toContain('Institute for Physics, Chemistry and Materials Research');
  });

  it('does not swallow another body listed after a comma', () => {
    const found = names('The University of Oslo, Bergen University and Orbita Systems Corporation signed the deal.');
    expect(found).not.toContain('University of Oslo, Bergen University and Orbita Systems Corporation');
    expect(found).toContain('University of Oslo');
  });

  it('ends a field before "and" with an acronym, another organisation', () => {
    const found = names("Officials of the Ministry of Trade and Industry and OSC met on Monday.");
    expect(found).toContain('Ministry of Trade and Industry');
    expect(found).not.toContain('Ministry of Trade and Industry and OSC');
  });
});

describe('a weak suffix after an acronym', () => {
  it('makes a company of an acronym and "Energy", not of any word and "Energy"', () => {
    expect(names('Yesterday QRX Energy signed the deal.')).toContain('QRX Energy');
    expect(names('Yesterday Clean Energy was discussed.')).not.toContain('Clean Energy');
  });
});

describe('an investment manager named by its head', () => {
  it('reads "Mekong Asset Management" as a company, not "Management" alone', () => {
    expect(names('Mekong Asset Management plans a fund.')).toContain('Mekong Asset Management');
    expect(names('Management said the fund would grow.')).not.toContain('Management');
  });
});

describe('a legal form written with its comma', () => {
  it('keeps ", Ltd" in "X Co., Ltd" and "X Co., Ltd."', () => {
    expect(names('Orbita Trading Co., Ltd will build a plant.')).toContain('Orbita Trading Co., Ltd');
    expect(names('Orbita Trading Co., Ltd. will build a plant.')).toContain('Orbita Trading Co., Ltd.');
  });
});

describe('a date after a name', () => {
  it('leaves "on Sunday" out of "… University of Engineering on Sunday"', () => {
    const found = names('Orbita University of Engineering and Technology on Sunday signed an agreement.');
    expect(found).toContain('Orbita University of Engineering and Technology');
    expect(found.some((n) => n.includes('Sunday'))).toBe(false);
  });
});
