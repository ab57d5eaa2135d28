/**
 * `npx tsx bench/profile/compare-reads.ts --uri bolt://127.0.0.1:7741 --old read/network=/tmp/old.cypher
 * [--drop evidence,articles]`:
 * runs a read statement as it is in cypher/ and another version of it (e.g. from before a rewrite)
 * over a set of parameter combinations on a loaded graph, and reports any difference in rows or their
 * order. Exit code 1 when some combination differs. A check for rewrites that must not change results;
 * `--drop` leaves out fields (at any depth) that only the new version returns.
 */
import neo4j from 'neo4j-driver';
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cypher } from '../../src/graph/cypher-files.ts';
import { BENCH_NEO4J } from '../lib/graph.ts';
import { pickSubjects } from '../api/shapes.ts';

const { values } = parseArgs({ options: { uri: { type: 'string' }, old: { type: 'string', multiple: true }, drop: { type: 'string' } } });
const driver = neo4j.driver(values.uri ?? `bolt://127.0.0.1:${BENCH_NEO4J.port}`);
const s = await pickSubjects(driver);
const int = (n: number) => neo4j.int(n);
const someSectors = (await driver.executeQuery('MATCH (s:Sector) RETURN s.id AS id ORDER BY id', {}, { routing: 'READ' })).records.map((r) => r.get('id') as string);
const cases: Record<string, Array<Record<string, unknown>>> = {
  'read/network': [
    { limit: int(500) }, { limit: int(5000) }, { sector: s.sector, limit: int(100) }, { sector: s.sector, limit: int(5000) },
    ...someSectors.map((sector) => ({ sector, limit: int(300) })),
    { sector: 'high-tech', country: 'south-korea', limit: int(500) }, { country: 'south-korea', limit: int(500) },
    { types: ['PLEDGE'], limit: int(200) }, { types: ['PARTNERS_WITH', 'MEETS'], sector: s.sector, limit: int(200) },
    { since: '2023', limit: int(300) }, { until: '2022-06', sector: s.sector, limit: int(300) },
    { since: '2021', until: '2024', country: 'japan', types: ['INVESTS_IN', 'PLEDGE'], limit: int(300) },
    { sector: 'no-such-sector', limit: int(100) },
  ],
  'read/partners': [
    { ids: [s.busyActor], limit: int(21) }, { ids: [s.busyActor, s.pathTo, 'vietnam', 'samsung'], limit: int(51) },
    { ids: [s.busyActor], limit: int(21), afterWeight: int(5), afterId: 'm' },
    { ids: [s.busyActor], limit: int(101), sector: s.sector }, { ids: [s.busyActor], limit: int(101), types: ['MEETS'], since: '2022' },
    { ids: ['vietnam'], limit: int(101), until: '2023-01' },
  ],
};
const dropped = new Set((values.drop ?? '').split(',').filter(Boolean));
let failed = false;
for (const spec of values.old ?? []) {
  const [name, path] = spec.split('=') as [string, string];
  const now = cypher(name);
  const before = readFileSync(path, 'utf8');
  const names = new Set([...now.matchAll(/\$(\w+)/g), ...before.matchAll(/\$(\w+)/g)].map((m) => m[1]!));
  for (const given of cases[name] ?? []) {
    const params = { ...Object.fromEntries([...names].map((n) => [n, null])), evidencePerFact: int(0), withArticles: false, ...given };
    const run = async (q: string) => (await driver.executeQuery(q, params, { routing: 'READ' })).records.map((r) => r.toObject());
    const [a, b] = [await run(before), await run(now)];
    const plain = (rows: unknown) => JSON.parse(JSON.stringify(rows), (k, v: unknown) => (dropped.has(k) ? undefined : v)) as unknown;
    const same = isDeepStrictEqual(plain(a), plain(b));
    if (!same) failed = true;
    const shown = JSON.stringify(given, (_k, v: unknown) => (neo4j.isInt(v) ? v.toNumber() : v));
    process.stdout.write(`${same ? 'same' : 'DIFFERENT'} ${name} ${shown}: ${a.length} rows before, ${b.length} now\n`);
  }
}
await driver.close();
process.exit(failed ? 1 : 0);
