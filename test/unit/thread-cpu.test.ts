import { describe, expect, it } from 'vitest';
import { sumByGroup, threadGroup, ticksOf } from '../../bench/lib/thread-cpu.ts';

describe('thread CPU by group', () => {
  it('names the groups a JVM running Neo4j shows', () => {
    expect(threadGroup('neo4j.BoltWorke')).toBe('bolt');
    expect(threadGroup('C2 CompilerThre')).toBe('jit');
    expect(threadGroup('C1 CompilerThre')).toBe('jit');
    expect(threadGroup('GC Thread#1')).toBe('gc');
    expect(threadGroup('java')).toBe('other');
  });

  it('reads utime + stime even when the thread name holds spaces and parentheses', () => {
    const line = '4242 (C2 Compiler (x)) S 1 2 3 4 5 6 7 8 9 10 700 55 0 0 20 0';
    expect(ticksOf(line)).toBe(755);
  });

  it('sums seconds per group', () => {
    const got = sumByGroup([{ name: 'C2 CompilerThre', ticks: 300 }, { name: 'C1 CompilerThre', ticks: 150 }, { name: 'neo4j.BoltWorke', ticks: 1000 }], 100);
    expect(got).toEqual({ bolt: 10, jit: 4.5, gc: 0, other: 0 });
  });
});
