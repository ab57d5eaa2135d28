import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderResults, type BenchResults } from '../../bench/lib/report.ts';
import { summarize } from '../../bench/lib/stats.ts';

const saved = JSON.parse(readFileSync(new URL('../../bench/results/2026-12-04.json', import.meta.url), 'utf8')) as BenchResults;

describe('the BENCHMARKS.md tables', () => {
  it('add a cold-load row when the run measured one, with the JVM CPU by thread group', () => {
    const warm = saved.load.find((l) => l.size === 10_000)!;
    const cold = {
      ...warm,
      first: { ...warm.first, seconds: summarize([61.4]), articlesPerSecond: summarize([163]) },
      gc: 'parallel' as const,
      neo4jThreadCpuSeconds: { bolt: 60.2, jit: 40.5, gc: 3.1, other: 7 },
    };
    const md = renderResults({ ...saved, coldLoad: cold }, 'bench/results/x.json');
    expect(md).toContain('| 10000 | 61.4 | 163 | **missed** | 60.2 | 40.5 | 3.1 | parallel |');
    expect(renderResults(saved, 'bench/results/x.json')).not.toContain('Cold: a user');
  });
});
