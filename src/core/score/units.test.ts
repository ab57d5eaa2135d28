import { describe, expect, it } from 'vitest';
import { amountsAgree, unitKey, unitsAgree } from './units.ts';

describe('units and amounts', () => {
  it('maps spellings of one unit to one key', () => {
    expect(unitKey('%')).toBe('percent');
    expect(unitKey('USD')).toBe(unitKey('usd'));
    expect(unitKey('investors')).toBe('companies');
    expect(unitsAgree('people', 'kỹ sư')).toBe(true);
    expect(unitsAgree('USD', 'VND')).toBe(false);
  });

  it('treats a null gold unit or amount as "don\'t care"', () => {
    expect(unitsAgree(null, 'USD')).toBe(true);
    expect(amountsAgree(null, 5)).toBe(true);
    expect(amountsAgree(5e9, null)).toBe(false);
  });

  it('accepts amounts within 1%', () => {
    expect(amountsAgree(3e9, 3.02e9)).toBe(true);
    expect(amountsAgree(3e9, 3.04e9)).toBe(false);
  });
});
