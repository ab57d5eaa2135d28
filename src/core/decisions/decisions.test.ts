import { describe, expect, it } from 'vitest';
import { parseRelationKey, type DecisionRow } from './decision.ts';
import { DecisionsFile, decisionToEntry, entryToRequest, fileMerges, formatDecisionsFile, identityMerges } from './decisions-file.ts';
import { completeCorrection, correctPledge, foldFactDecisions, foldRenames, type PledgeValues } from './fold.ts';

const d = (seq: number, kind: DecisionRow['kind'], value: Record<string, unknown> | null = null) => ({ id: `d${seq}`, seq, kind, value });

describe('foldFactDecisions', () => {
  it('is EXTRACTED (null) with no decision, and the last decision wins', () => {
    expect(foldFactDecisions([])).toEqual({ review: null, decision: null, correction: {} });
    expect(foldFactDecisions([d(1, 'reject')]).review).toBe('REJECTED');
    expect(foldFactDecisions([d(2, 'confirm'), d(1, 'reject')])).toMatchObject({ review: 'CONFIRMED', decision: 'd2' });
    expect(foldFactDecisions([d(1, 'confirm'), d(2, 'reject')]).review).toBe('REJECTED');
  });

  it('keeps corrections field by field, the latest value of each; a confirm after them stays CORRECTED', () => {
    const f = foldFactDecisions([d(1, 'correct', { amount: 5, unit: 'USD' }), d(2, 'correct', { amount: 7 }), d(3, 'confirm')]);
    expect(f).toEqual({ review: 'CORRECTED', decision: 'd3', correction: { amount: 7, unit: 'USD' } });
  });
});

describe('pledge corrections', () => {
  const pledge: PledgeValues = { amount: 1e9, unit: 'USD', amountText: '1 tỷ USD', amountUsd: 1e9, status: 'planned', periodStart: null, periodEnd: null, by: 'lg-group', to: 'vietnam' };
  it('bring the USD value and amount text of a new amount or unit', () => {
    const c = completeCorrection({ amount: 2_500_000_000_000, unit: 'VND' }, pledge, 2024);
    expect(c).toEqual({ amount: 2_500_000_000_000, unit: 'VND', amountUsd: 100_000_000, amountText: '2.500.000.000.000 VND' });
    expect(correctPledge(pledge, { to: null, status: 'committed' })).toEqual({ ...pledge, to: null, status: 'committed' });
  });
});

describe('foldRenames', () => {
  it('takes the latest name and kind', () => {
    expect(foldRenames([])).toBeNull();
    expect(foldRenames([d(1, 'rename', { name: 'A' }), d(2, 'rename', { kind: 'company' })])).toEqual({ name: 'A', kind: 'company', decision: 'd2' });
  });
});

describe('the decisions file', () => {
  it('reads every kind and the old merges.json shape, and refuses what is malformed', () => {
    const file = DecisionsFile.parse([
      { id: 'm1', kind: 'merge', keep: 'a', merge: 'b', reason: 'same firm', editor: 'alice', at: '2026-01-02T03:04:05Z' },
      { id: 's1', kind: 'split', actors: ['c', 'd'] },
      { id: 'r1', kind: 'reject', fact: 'rel:INVESTS_IN:a:vietnam' },
      { id: 'c1', kind: 'correct', pledge: 'p-0123456789abcdef', correction: { amount: 5 } },
      { id: 'u1', kind: 'undo', decision: 's1' },
      { a: 'x', b: 'y', decision: 'different', note: 'old' },
    ]);
    expect(file.map((e) => e.kind)).toEqual(['merge', 'split', 'reject', 'correct', 'undo', 'split']);
    expect(fileMerges(file)).toEqual([{ a: 'a', b: 'b', decision: 'same' }, { a: 'x', b: 'y', decision: 'different' }]);
    expect(entryToRequest(file[3]!)).toEqual({ kind: 'correct', pledge: 'p-0123456789abcdef', correction: { amount: 5 } });
    for (const bad of [
      [{ id: 'm', kind: 'merge', keep: 'a', merge: 'a' }], [{ id: 'x', kind: 'reject', fact: 'nonsense' }],
      [{ id: 'x', kind: 'confirm', fact: 'rel:INVESTS_IN:a:b', extra: 1 }], [{ id: 'x', kind: 'undo', decision: 'a' }, { id: 'x', kind: 'undo', decision: 'b' }],
      [{ id: 'c', kind: 'correct', pledge: 'p-1', correction: {} }],
    ]) expect(DecisionsFile.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('writes stored decisions back as entries that read the same, oldest first', () => {
    const rows: DecisionRow[] = [
      { id: 'b', seq: 2, kind: 'rename', target: 'actor:a', other: null, value: { name: 'A' }, reason: null, editor: 'bob', at: '2026-01-02T00:00:00.000Z', undoneBy: null, undoneAt: null },
      { id: 'a', seq: 1, kind: 'merge', target: 'actor:a', other: 'actor:b', value: null, reason: 'r', editor: 'alice', at: '2026-01-01T00:00:00.000Z', undoneBy: null, undoneAt: null },
    ];
    const text = formatDecisionsFile(rows);
    const back = DecisionsFile.parse(JSON.parse(text));
    expect(back.map((e) => e.id)).toEqual(['a', 'b']);
    expect(back[1]).toEqual(decisionToEntry(rows[0]!));
    expect(identityMerges(rows)).toEqual([{ a: 'a', b: 'b', decision: 'same' }]);
  });

  it('parses relation keys with and without a role', () => {
    expect(parseRelationKey('rel:HOLDS_ROLE:an:nvidia:giam doc')).toEqual({ type: 'HOLDS_ROLE', from: 'an', to: 'nvidia', role: 'giam doc' });
    expect(parseRelationKey('rel:NOPE:a:b')).toBeNull();
  });
});
