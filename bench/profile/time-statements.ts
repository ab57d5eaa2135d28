/**
 * `npx tsx bench/profile/time-statements.ts [--runs 40]`: the partners and network statements of our
 * API (as the bench shapes ask them) beside the raw-Cypher floor's, run one at a time on the bench
 * graph: median and p90 ms of the statement alone (driver included, no HTTP, no GraphQL) and the rows'
 * JSON size. Tells how much of a gap in requests/s is Cypher and how much the server around it.
 */
import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cypher } from '../../src/graph/cypher-files.ts';
import { BENCH_NEO4J } from '../lib/graph.ts';
import { pickSubjects } from '../api/shapes.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '40' }, uri: { type: 'string' } } });
const runs = Number(values.runs);
const driver = neo4j.driver(values.uri ?? `bolt://127.0.0.1:${BENCH_NEO4J.port}`);
const s = await pickSubjects(driver);
const int = (n: number) => neo4j.int(n);
const floor = (name: string) => readFileSync(new URL(`../api/floor/${name}.cypher`, import.meta.url), 'utf8');
const nulls = (text: string) => Object.fromEntries([...text.matchAll(/\$(\w+)/g)].map((m) => [m[1]!, null]));
const cases: [string, string, Record<string, unknown>][] = [
  ['partners ours', cypher('read/partners'), { ids: [s.busyActor], limit: int(21), evidencePerFact: int(3), withArticles: true, includeRejected: false }],
  ['partners floor', floor('partners'), { id: s.busyActor, first: int(20) }],
  ['network ours', cypher('read/network'), { sector: s.sector, limit: int(100), withActors: true, includeRejected: false }],
  ['network floor', floor('network'), { sector: s.sector, first: int(100) }],
];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
try {
  for (const [label, text, given] of cases) {
    const params = { ...nulls(text), ...given };
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs + 3; i++) {
      if (i === 0) await driver.executeQuery(text, params, { routing: 'READ' }).catch((e: Error) => { console.log(label, 'fails:', e.message); });
      const t0 = performance.now();
      const { records } = await driver.executeQuery(text, params, { routing: 'READ' });
      const ms = performance.now() - t0;
      if (i >= 3) times.push(ms);
      bytes = JSON.stringify(records.map((r) => r.toObject())).length;
    }
    console.log(label.padEnd(16), 'median', pct(times, 0.5).toFixed(1), 'p90', pct(times, 0.9).toFixed(1), 'ms', bytes, 'bytes');
  }
} finally {
  await driver.close();
}
