/**
 * `npx tsx bench/profile/round-trips.ts [--uri bolt://127.0.0.1:7741]`: how many Cypher statements
 * our API runs for each shape (through buildApp's onCypher hook and app.inject, no HTTP), and their
 * first lines, over a loaded bench graph (default: the `bench` instance).
 */
import neo4j from 'neo4j-driver';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.ts';
import { connectGraph } from '../../src/graph/connect.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { buildShapes, pickSubjects } from '../api/shapes.ts';
import { BENCH_NEO4J } from '../lib/graph.ts';

const { values } = parseArgs({ options: { uri: { type: 'string' } } });
const uri = values.uri ?? `bolt://127.0.0.1:${BENCH_NEO4J.port}`;
const driver = neo4j.driver(uri);
const shapes = buildShapes(await pickSubjects(driver));
await driver.close();
const config = loadConfig({ ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'warn' });
const graph = await connectGraph(config);
let seen: string[] = [];
const app = await buildApp({ config, graph, onCypher: (q) => seen.push(q.split('\n').find((l) => !l.startsWith('//'))!.slice(0, 70)) });
try {
  for (const shape of shapes) {
    seen = [];
    const t0 = performance.now();
    const res = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: shape.requests.ours.body });
    const ms = performance.now() - t0;
    process.stdout.write(`${shape.name}: HTTP ${res.statusCode}, ${ms.toFixed(0)} ms, ${seen.length} Cypher statements\n${seen.map((s) => `    ${s}`).join('\n')}\n`);
  }
} finally {
  await app.close();
  await graph.close();
}
