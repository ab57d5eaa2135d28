import { describe, expect, it } from 'vitest';
import { parseExportFilter } from './filter.ts';

describe('parseExportFilter', () => {
  it('reads query-string values: blanks are absent, types are a case-insensitive list', () => {
    expect(parseExportFilter({ sector: 'semiconductors', country: '', since: '2024', until: '2024-06-30', types: 'pledge, invests_in' })).toEqual({
      ok: true,
      filter: { sector: 'semiconductors', country: null, since: '2024', until: '2024-06-30', types: ['PLEDGE', 'INVESTS_IN'] },
    });
    expect(parseExportFilter({ types: ['MEETS', 'MEETS,VISITS'] })).toMatchObject({ ok: true, filter: { types: ['MEETS', 'VISITS'] } });
    expect(parseExportFilter({})).toEqual({ ok: true, filter: { sector: null, country: null, since: null, until: null, types: null } });
  });

  it('refuses dates that are not partial ISO dates and unknown types', () => {
    const badDate = parseExportFilter({ since: '06/2024' });
    expect(badDate.ok).toBe(false);
    if (!badDate.ok) expect(badDate.error).toMatch(/^since:/);
    expect(parseExportFilter({ types: 'LIKES' }).ok).toBe(false);
    expect(parseExportFilter({ types: 'FOCUSES_ON' }).ok).toBe(false);
  });
});
