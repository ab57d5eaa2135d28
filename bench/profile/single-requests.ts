/**
 * `npx tsx bench/profile/single-requests.ts`: each shape asked 6 times in a row (no concurrency) of
 * the three servers over the bench graph as loaded: latency without queueing, response size, errors.
 */
import { startServer } from '../api/servers.ts';
import { buildShapes, pickSubjects } from '../api/shapes.ts';
import neo4j from 'neo4j-driver';
import { BENCH_NEO4J } from '../lib/graph.ts';
const driver = neo4j.driver(`bolt://127.0.0.1:${BENCH_NEO4J.port}`);
const subjects = await pickSubjects(driver);
const shapes = buildShapes(subjects);
const servers = await Promise.all((['ours', 'baseline', 'floor'] as const).map((t) => startServer(t, `bolt://127.0.0.1:${BENCH_NEO4J.port}`)));
try {
  for (const shape of shapes) {
    for (const s of servers) {
      const times: number[] = [];
      let size = 0; let err = '';
      for (let i = 0; i < 6; i++) {
        const t0 = performance.now();
        const res = await fetch(s.url + shape.requests[s.target].path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: shape.requests[s.target].body });
        const text = await res.text();
        times.push(performance.now() - t0);
        size = text.length;
        if (text.includes('"errors"')) err = text.slice(0, 150);
      }
      console.log(shape.name.padEnd(18), s.target.padEnd(9), times.map((t) => t.toFixed(0)).join(' '), 'ms', size, 'chars', err);
    }
  }
} finally {
  for (const s of servers) await s.stop();
  await driver.close();
}
