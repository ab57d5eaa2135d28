import { describe, expect, it } from 'vitest';
import { candidateKeys, mergePreimages } from './apply-targets.ts';

describe('decisions through merges', () => {
  const pre = mergePreimages([
    { a: 'arm', b: 'marvell', decision: 'same' },
    { a: 'marvell', b: 'marvell-vn', decision: 'same' },
    { a: 'x', b: 'y', decision: 'different' },
  ]);

  it('knows every id merged into an actor, itself included', () => {
    expect(pre('arm').sort()).toEqual(['arm', 'marvell', 'marvell-vn']);
    expect(pre('x')).toEqual(['x']);
    expect(pre('nobody')).toEqual(['nobody']);
  });

  it('lists the keys a relation may have been decided under, both orders for symmetric ones', () => {
    expect(candidateKeys('rel:LOCATED_IN:arm:silicon-valley', pre).sort()).toEqual([
      'rel:LOCATED_IN:arm:silicon-valley', 'rel:LOCATED_IN:marvell-vn:silicon-valley', 'rel:LOCATED_IN:marvell:silicon-valley',
    ]);
    expect(candidateKeys('rel:MEETS:arm:vietnam', pre)).toContain('rel:MEETS:vietnam:marvell');
    expect(candidateKeys('rel:HOLDS_ROLE:an:arm:giam doc', pre)).toContain('rel:HOLDS_ROLE:an:marvell:giam doc');
    expect(candidateKeys('pledge:p-0123456789abcdef', pre)).toEqual(['pledge:p-0123456789abcdef']);
  });
});
