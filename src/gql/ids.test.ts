import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { keyFromId } from './ids.ts';

describe('keyFromId', () => {
  it('decodes a global id of the asked type', () => {
    expect(keyFromId(encodeGlobalID('Actor', 'samsung-electronics'), 'Actor')).toBe('samsung-electronics');
    expect(keyFromId(encodeGlobalID('Actor', 'nic-hoa-lac'), 'Actor')).toBe('nic-hoa-lac');
  });

  it('leaves a global id of another type as it is', () => {
    const id = encodeGlobalID('Sector', 'ai');
    expect(keyFromId(id, 'Actor')).toBe(id);
  });

  it('leaves plain keys alone, base64-shaped or not', () => {
    for (const key of ['nvidia', 'samsung-electronics', 'ho-chi-minh-city', 'abcd', 'semiconductors', 'ai']) {
      expect(keyFromId(key, 'Actor')).toBe(key);
    }
  });
});
