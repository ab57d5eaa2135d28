import { describe, expect, it } from 'vitest';
import { findEnglishDates } from './dates.ts';
import { findEnglishPeriods } from './periods.ts';

const dates = (text: string, published: string | null = '2024-05-15') => findEnglishDates(text, published).map((d) => [d.text, d.date]);
const periods = (text: string, published: string | null = '2024-05-15') => findEnglishPeriods(text, published).map((p) => [p.text, p.period]);

describe('findEnglishDates', () => {
  it('reads full dates in both orders', () => {
    expect(dates('The deal was signed on April 23, 2024 in Hanoi.')).toEqual([['April 23, 2024', '2024-04-23']]);
    expect(dates('It opened on 23 April 2024.')).toEqual([['23 April 2024', '2024-04-23']]);
    expect(dates('On Sept. 5th, 2023, the plant opened.')).toEqual([['Sept. 5th, 2023', '2023-09-05']]);
    expect(dates('Filed 2024-03-01.')).toEqual([['2024-03-01', '2024-03-01']]);
  });

  it('gives a day and month without a year the article year, or the year before', () => {
    expect(dates('The talks were held on March 12.')).toEqual([['March 12', '2024-03-12']]);
    expect(dates('The plant opens on 2 June.')).toEqual([['2 June', '2023-06-02']]);
    expect(dates('The talks were held on March 12.', null)).toEqual([['March 12', null]]);
  });

  it('reads months alone, with a year or a cue', () => {
    expect(dates('Production began in March 2023.')).toEqual([['March 2023', '2023-03']]);
    expect(dates('The firm signed the deal last December.')).toEqual([['last December', '2023-12']]);
    expect(dates('The factory will open next March.')).toEqual([['next March', '2025-03']]);
    expect(dates('It was licensed in April.')).toEqual([['in April', '2024-04']]);
  });

  it('resolves weekdays and yesterday against the published date', () => {
    // 2024-05-15 is a Wednesday.
    expect(dates('The ministry said on Tuesday that …')).toEqual([['on Tuesday', '2024-05-14']]);
    expect(dates('The minister met the delegation on Wednesday.')).toEqual([['on Wednesday', '2024-05-15']]);
    expect(dates('The company announced yesterday that …')).toEqual([['yesterday', '2024-05-14']]);
    expect(dates('They met last year.')).toEqual([['last year', '2023']]);
    expect(dates('The ministry said on Tuesday that …', '2024-05')).toEqual([]);
  });

  it('does not read the verb "may" as a month', () => {
    expect(dates('The firm may invest 20 more next year.')).toEqual([['next year', '2025']]);
  });
});

describe('findEnglishPeriods', () => {
  it('reads relative periods from the article year', () => {
    expect(periods('It will invest $1 billion over the next five years.')).toEqual([['over the next five years', { start: 2024, end: 2029 }]]);
    expect(periods('in the next three years')).toEqual([['in the next three years', { start: 2024, end: 2027 }]]);
    expect(periods('It will invest $1 billion over five years.')).toEqual([['over five years', { start: 2024, end: 2029 }]]);
    expect(periods('within 3 years')).toEqual([['within 3 years', { start: 2024, end: 2027 }]]);
    expect(periods('over five years', null)).toEqual([['over five years', null]]);
  });

  it('reads targets and ranges of years', () => {
    expect(periods('to train 50,000 engineers by 2030')).toEqual([['by 2030', { start: 2024, end: 2030 }]]);
    expect(periods('in the 2025-2030 period')).toEqual([['in the 2025-2030 period', { start: 2025, end: 2030 }]]);
    expect(periods('from 2025 to 2030')).toEqual([['from 2025 to 2030', { start: 2025, end: 2030 }]]);
    expect(periods('by 2030', null)).toEqual([['by 2030', { start: 2030, end: 2030 }]]);
  });

  it('leaves looking back and past years out', () => {
    expect(periods('over five years ago, by 2010, it grew')).toEqual([]);
  });
});
