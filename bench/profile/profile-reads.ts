/**
 * `npx tsx bench/profile/profile-reads.ts [--uri bolt://127.0.0.1:7741] [--from amd --to vnu-hanoi
 * --sector electronics] [--only network] [--file read/network=/tmp/old-network.cypher]`:
 * PROFILEs the API's own read statements (cypher/read/*) for the benchmark's shapes against a loaded
 * bench graph (default: the `bench` instance). Parameters not given are null (no filter). Prints the
 * time of a repeated run (plan cached), total db hits, rows, and the operators with the most db hits.
 * `--file NAME=PATH` profiles another version of a statement (e.g. the one before a change).
 */
import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cypher } from '../../src/graph/cypher-files.ts';
import { BENCH_NEO4J } from '../lib/graph.ts';
import { profileSummary } from './plan-tree.ts';
import { pickSubjects } from '../api/shapes.ts';

const { values } = parseArgs({
  options: {
    uri: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, sector: { type: 'string' },
    only: { type: 'string', multiple: true }, file: { type: 'string', multiple: true },
  },
});
const files = new Map((values.file ?? []).map((f) => {
  const [name, path] = f.split('=') as [string, string];
  return [name, readFileSync(path, 'utf8')];
}));
const driver = neo4j.driver(values.uri ?? `bolt://127.0.0.1:${BENCH_NEO4J.port}`);
const picked = await pickSubjects(driver);
const from = values.from ?? picked.busyActor;
const to = values.to ?? picked.pathTo;
const sector = values.sector ?? picked.sector;
const int = (n: number) => neo4j.int(n);
const cases: [string, string, Record<string, unknown>][] = [
  // As the partners shape asks: evidence (25 per relation) and its articles in the same statement.
  ['partners', 'read/partners', { ids: [from], limit: int(21), evidencePerFact: int(25), withArticles: true }],
  // As the pledges-by-sector shape asks: the page with its totals.
  ['pledges-list', 'read/pledges-list', { sector, orderBy: 'AMOUNT_USD_DESC', limit: int(21), withTotals: true }],
  ['pledge-totals', 'read/pledge-totals', { sector, groupBy: 'INVESTOR' }],
  ['paths', 'read/paths', { from, to, maxHops: int(4), limit: int(10), withActors: true }],
  ['search-names', 'read/search-names', { query: 'hoa~ AND lac~', scan: int(50), limit: int(10) }],
  ['network', 'read/network', { sector, limit: int(100), withActors: true }],
  ['network-all', 'read/network', { limit: int(500) }],
];
process.stdout.write(`subjects: from ${from}, to ${to}, sector ${sector}\n`);
for (const [label, name, given] of cases) {
  if (values.only && !values.only.includes(label)) continue;
  const text = files.get(name) ?? cypher(name);
  const params: Record<string, unknown> = Object.fromEntries([...text.matchAll(/\$(\w+)/g)].map((m) => [m[1]!, null]));
  Object.assign(params, given);
  try {
    await driver.executeQuery(text, params, { routing: 'READ' });
    const t0 = process.hrtime.bigint();
    await driver.executeQuery(text, params, { routing: 'READ' });
    const ms = (Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1);
    const r = await driver.executeQuery(`PROFILE ${text}`, params, { routing: 'READ' });
    const { hits, operators: top } = profileSummary(r.summary, 4);
    process.stdout.write(`${label.padEnd(20)} ${ms.padStart(8)} ms ${String(hits).padStart(10)} db hits ${r.records.length} rows${files.has(name) ? ' (--file)' : ''}\n    ${top.join('\n    ')}\n`);
  } catch (e) {
    process.stdout.write(`${label}: ${(e as Error).message.split('\n')[0]}\n`);
  }
}
await driver.close();
