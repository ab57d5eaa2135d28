import { describe, expect, it } from 'vitest';
import { EvidenceRows } from './evidence-rows.ts';

describe('EvidenceRows', () => {
  const text = 'Mỹ và Việt Nam. Việt Nam hợp tác với Mỹ; Việt Nam tăng trưởng. Ngày 12/8 và ngày 20/9, Mỹ gặp Việt Nam.';
  const at = (quote: string, from = 0, confidence = 1) => {
    const start = text.indexOf(quote, from);
    return { quote, start, end: start + quote.length, rule: 'test', confidence };
  };

  it('keeps one row per fact: the earliest place, counting distinct places', () => {
    const rows = new EvidenceRows('a1', text, () => {});
    rows.add('actor:viet-nam', at('Việt Nam', 10));
    rows.add('actor:viet-nam', at('Việt Nam'));
    rows.add('actor:viet-nam', at('Việt Nam'));
    rows.add('actor:viet-nam', at('Việt Nam', 20));
    const list = rows.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ factKey: 'actor:viet-nam', start: text.indexOf('Việt Nam'), mentions: 3 });
    expect(text.slice(list[0]!.start, list[0]!.end)).toBe(list[0]!.quote);
  });

  it('prefers the place stated with the most confidence', () => {
    const rows = new EvidenceRows('a1', text, () => {});
    rows.add('rel:PARTNERS_WITH:united-states:viet-nam', at('Mỹ và Việt Nam', 0, 0.6));
    rows.add('rel:PARTNERS_WITH:united-states:viet-nam', at('Việt Nam hợp tác với Mỹ', 0, 0.9));
    expect(rows.list().map((e) => [e.quote, e.mentions])).toEqual([['Việt Nam hợp tác với Mỹ', 2]]);
  });

  it('keeps a row per date the article gives a fact, so no date is lost', () => {
    const rows = new EvidenceRows('a1', text, () => {});
    rows.add('rel:MEETS:united-states:viet-nam', at('Ngày 12/8 và ngày 20/9, Mỹ gặp Việt Nam'), '2024-08-12');
    rows.add('rel:MEETS:united-states:viet-nam', at('Ngày 12/8 và ngày 20/9, Mỹ gặp Việt Nam'), '2024-09-20');
    rows.add('rel:MEETS:united-states:viet-nam', at('Mỹ và Việt Nam'), null);
    expect(rows.list().map((e) => e.date).sort()).toEqual(['2024-08-12', '2024-09-20', null]);
    expect(new Set(rows.list().map((e) => e.id)).size).toBe(3);
  });

  it('warns when a quote does not match the stored text', () => {
    const warnings: string[] = [];
    new EvidenceRows('a1', text, (w) => warnings.push(w)).add('actor:x', { ...at('Mỹ'), quote: 'Hoa Kỳ' });
    expect(warnings).toHaveLength(1);
  });
});
