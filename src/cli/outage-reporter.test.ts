import { describe, expect, it } from 'vitest';
import { outageReporter } from './load.ts';

const capture = () => {
  const lines: string[] = [];
  return { lines, progress: { update() {}, message: (l: string) => lines.push(l), stop() {} } };
};

describe('what npm run load says during an outage', () => {
  it('says every attempt for the first 5 s, then one line per 5 s', () => {
    const { lines, progress } = capture();
    const say = outageReporter(progress, 'bolt://h:1', 20_000, () => 7);
    say({ kind: 'lost', error: 'boom' });
    for (let attempt = 1; attempt <= 16; attempt++) {
      say({ kind: 'waiting', attempt, waitedMs: attempt * 1000 + 100, limitMs: 20_000, error: 'ECONNREFUSED' });
    }
    say({ kind: 'gave-up', waitedMs: 20_000, error: 'ECONNREFUSED' });
    const waiting = lines.filter((l) => l.startsWith('load: Neo4j still unreachable'));
    expect(lines[0]).toMatch(/^load: lost Neo4j at bolt:\/\/h:1 \(boom\); 7 articles written so far\. Waiting up to 20 s/);
    // attempts 1–4 (under 5 s), then 5 s after the last one said: 9.1 s, 14.1 s
    expect(waiting.map((l) => /attempt (\d+)/.exec(l)![1])).toEqual(['1', '2', '3', '4', '9', '14']);
    expect(lines.at(-1)).toBe('load: Neo4j did not come back within 20 s; stopping');
  });
});
