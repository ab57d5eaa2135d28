import { describe, expect, it } from 'vitest';
import { findEnglishQuantities } from './quantities.ts';

const brief = (text: string) => findEnglishQuantities(text).map((q) => [q.text, q.value, q.unit]);
const one = (text: string) => {
  const qs = findEnglishQuantities(text);
  expect(qs).toHaveLength(1);
  return qs[0]!;
};

describe('findEnglishQuantities', () => {
  it('reads money with the currency before the number', () => {
    expect(brief('The firm will spend $200 million on it.')).toEqual([['$200 million', 2e8, 'USD']]);
    expect(brief('a grant of US$2 million')).toEqual([['US$2 million', 2e6, 'USD']]);
    expect(brief('capital of USD 1.5 billion')).toEqual([['USD 1.5 billion', 1.5e9, 'USD']]);
    expect(brief('a loan of ¥300 million')).toEqual([['¥300 million', 3e8, 'JPY']]);
    expect(brief('a fund of €50m for start-ups')).toEqual([['€50m', 5e7, 'EUR']]);
    expect(brief('plans worth $1.5bn in total')).toEqual([['$1.5bn', 1.5e9, 'USD']]);
    expect(brief('a project worth VND5 trillion')).toEqual([['VND5 trillion', 5e12, 'VND']]);
    expect(brief('spent £40 million')).toEqual([['£40 million', 4e7, 'GBP']]);
  });

  it('reads money with the currency after the number', () => {
    expect(brief('a loan of 300 million Japanese yen')).toEqual([['300 million Japanese yen', 3e8, 'JPY']]);
    expect(brief('about 1.2 billion USD')).toEqual([['1.2 billion USD', 1.2e9, 'USD']]);
    expect(brief('2,000 billion dong')).toEqual([['2,000 billion dong', 2e12, 'VND']]);
    expect(brief('50m euros')).toEqual([['50m euros', 5e7, 'EUR']]);
    expect(brief('five billion dollars')).toEqual([['five billion dollars', 5e9, 'USD']]);
  });

  it('reads counts with their noun, and a few words between', () => {
    expect(brief('train 1,000 engineers')).toEqual([['1,000 engineers', 1000, 'people']]);
    expect(brief('30,000 students a year')).toEqual([['30,000 students', 30000, 'people']]);
    expect(brief('hire 500 more Vietnamese chip engineers')).toEqual([['500 more Vietnamese chip engineers', 500, 'people']]);
    expect(brief('support ten universities')).toEqual([['ten universities', 10, 'universities']]);
    expect(brief('create 2,500 jobs')).toEqual([['2,500 jobs', 2500, 'people']]);
    expect(one('hire 500 more engineers').incremental).toBe(true);
  });

  it('reads percentages', () => {
    expect(brief('a 30% stake and 15 percent of the rest')).toEqual([['30%', 30, 'percent'], ['15 percent', 15, 'percent']]);
  });

  it('reads qualifiers and "additional" before the amount', () => {
    expect(one('more than $22 billion')).toMatchObject({ qualifier: 'more_than', value: 22e9, phraseStart: 0 });
    expect(one('at least 1,000 engineers')).toMatchObject({ qualifier: 'at_least' });
    expect(one('up to $500 million')).toMatchObject({ qualifier: 'up_to' });
    expect(one('nearly $1 billion')).toMatchObject({ qualifier: 'nearly' });
    expect(one('invest an additional $1 billion')).toMatchObject({ incremental: true, value: 1e9 });
  });

  it('reads ranges as their high end with the low end kept', () => {
    expect(one('$2-3 billion')).toMatchObject({ value: 3e9, low: 2e9, unit: 'USD', qualifier: 'up_to' });
    expect(one('between 2,000 and 3,000 engineers')).toMatchObject({ value: 3000, low: 2000, unit: 'people' });
  });

  it('reads vague counts with their floor', () => {
    expect(one('thousands of engineers')).toMatchObject({ value: 1000, unit: 'people', vague: true });
  });

  it('leaves out bare numbers, dates, years, lengths and words that only look like numbers', () => {
    expect(brief('On April 23, 2024, the 5G network and a 50m tower opened; G20 leaders met in 2023.')).toEqual([]);
    expect(brief('One of the largest firms, an AI centre, ten years ago.')).toEqual([]);
  });

  it('reads areas and rates as such', () => {
    expect(one('a 20 ha plot')).toMatchObject({ unit: 'ha', kind: 'area' });
    expect(one('rent of $5 per square metre')).toMatchObject({ unit: 'USD', per: 'square metre' });
  });

  it('reads energy output as an output figure, never money', () => {
    expect(one('a plant producing 390 million kWh a year')).toMatchObject({ value: 390_000_000, unit: 'kWh', kind: 'capacity' });
  });
});
