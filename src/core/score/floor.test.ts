import { describe, expect, it } from 'vitest';
import type { MetricCounts } from './counts.ts';
import { checkFloor, raiseFloor, type Floor } from './floor.ts';
import { partOf } from './parts.ts';
import type { ArticleScore } from './score-article.ts';

/** An article whose every metric has the given tp out of 10 extracted and 10 gold. */
function article(stem: string, tp: number): ArticleScore {
  const c = { tp, np: 10, ng: 10, ok: tp };
  const counts: MetricCounts = { actors: c, pledges: c, relations: c, relations_loose: c };
  return { stem, found: true, counts, detail: { missedPledges: [], missedRelations: [], missedActors: [], extraActors: [] } };
}

const f1 = (value: number) => ({ actors: value, pledges: value, relations: value, relations_loose: value });

describe('parts', () => {
  it('puts every article numbered by a multiple of 3 in the blind part', () => {
    expect(['01_a', '02_b', '03_c', '12_d', '000_e', 'x'].map(partOf)).toEqual(['tuning', 'tuning', 'blind', 'blind', 'blind', 'tuning']);
  });
});

describe('checkFloor', () => {
  const floor: Floor = { tolerance: 0.02, parts: { tuning: { articles: ['01_a', '02_b'], f1: f1(0.8) }, blind: { articles: ['03_c'], f1: f1(0.5) } } };

  it('passes at the floor and down to the tolerance, and fails below it', () => {
    expect(checkFloor(floor, [article('01_a', 8), article('02_b', 8), article('03_c', 5)]).checks.every((c) => c.ok)).toBe(true);
    expect(checkFloor(floor, [article('01_a', 8), article('02_b', 8), article('03_c', 5)]).checks).toHaveLength(8);
    const low = checkFloor(floor, [article('01_a', 8), article('02_b', 7), article('03_c', 5)]); // 0.75
    expect(low.checks.filter((c) => !c.ok).map((c) => `${c.part} ${c.metric}`)).toContain('tuning actors');
    expect(checkFloor({ ...floor, tolerance: 0.05 }, [article('01_a', 8), article('02_b', 7), article('03_c', 5)]).checks.every((c) => c.ok)).toBe(true);
  });

  it('measures only the articles the floor lists: new ones are reported as uncovered', () => {
    const result = checkFloor(floor, [article('01_a', 8), article('02_b', 8), article('03_c', 5), article('04_d', 0)]);
    expect(result.checks.every((c) => c.ok)).toBe(true);
    expect(result.uncovered).toEqual(['04_d']);
  });

  it('fails when an article it lists has gone', () => {
    const result = checkFloor(floor, [article('01_a', 8), article('03_c', 5)]);
    expect(result.missing).toEqual(['02_b']);
    expect(result.checks.filter((c) => c.part === 'tuning').every((c) => !c.ok && c.current === null)).toBe(true);
  });
});

describe('raiseFloor', () => {
  it('writes a first floor from the measured figures', () => {
    const { floor, refused } = raiseFloor(null, [article('01_a', 8), article('03_c', 5)]);
    expect(refused).toEqual([]);
    expect(floor.parts).toEqual({ tuning: { articles: ['01_a'], f1: f1(0.8) }, blind: { articles: ['03_c'], f1: f1(0.5) } });
  });

  it('only raises figures on the same articles', () => {
    const old: Floor = { tolerance: 0.02, parts: { tuning: { articles: ['01_a'], f1: f1(0.81) } } };
    expect(raiseFloor(old, [article('01_a', 8)]).floor.parts.tuning?.f1).toEqual(f1(0.81));
    expect(raiseFloor(old, [article('01_a', 9)]).floor.parts.tuning?.f1).toEqual(f1(0.9));
  });

  it('measures afresh when articles were added, unless the old articles regressed', () => {
    const old: Floor = { tolerance: 0.02, parts: { tuning: { articles: ['01_a'], f1: f1(0.8) } } };
    const grown = raiseFloor(old, [article('01_a', 8), article('02_b', 4)]);
    expect(grown.refused).toEqual([]);
    expect(grown.floor.parts.tuning).toEqual({ articles: ['01_a', '02_b'], f1: f1(0.6) });
    const regressed = raiseFloor(old, [article('01_a', 7), article('02_b', 10)]);
    expect(regressed.refused).toHaveLength(4);
    expect(regressed.floor.parts.tuning).toEqual(old.parts.tuning);
  });
});
