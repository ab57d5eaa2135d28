import { describe, expect, it } from 'vitest';
import { ACTOR_RELATION_TYPES } from '../../core/claims.ts';
import { cypher } from '../cypher-files.ts';

/** The relation-type alternations written out in a statement's patterns, e.g. `[r:INVESTS_IN|TRAINS|…]`. */
const typeLists = (text: string) => [...text.matchAll(/\[\w*:([A-Z_|]+)[^\]]*\]/g)].map((m) => m[1]!.split('|'));

describe('statements that list the relation types between actors', () => {
  const betweenActors: readonly string[] = ACTOR_RELATION_TYPES;

  it.each(['read/network', 'read/partners', 'read/paths'])('%s lists exactly those types where it lists several', (name) => {
    const lists = typeLists(cypher(name)).filter((l) => l.length > 1 && l.includes('INVESTS_IN'));
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) expect([...list].sort()).toEqual([...betweenActors].sort());
  });

  it.each(['read/network', 'load/write-relations'])('%s has one branch for each of those types', (name) => {
    const single = typeLists(cypher(name)).filter((l) => l.length === 1 && betweenActors.includes(l[0]!)).map((l) => l[0]);
    expect([...new Set(single)].sort()).toEqual([...betweenActors].sort());
  });
});
