/**
 * `npm run bench:runtime [-- --size 1000 --requests 400 --rounds 3]`: our API built (node dist/, as
 * npm start) against the same API through tsx (src/), side by side on the bench graph. Besides
 * requests/s it measures the server process's own CPU time per request (from /proc), which a busy
 * machine distorts far less than wall-clock throughput. The two servers take turns, shape by shape.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildShapes, pickSubjects } from './api/shapes.ts';
import { onSignalExit, startServer, type RunningServer, type Runtime } from './api/servers.ts';
import { startBenchGraph } from './lib/graph.ts';
import { helpAndExit } from './lib/help.ts';
import { loadAverage, log, machineInfo } from './lib/machine.ts';
import { median } from './lib/stats.ts';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** utime + stime of a process, in ms. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** `count` requests, `concurrency` at a time: answers/s and how many failed (a timeout on a busy machine is counted, not hidden). */
async function send(url: string, body: string, count: number, concurrency: number): Promise<{ rps: number; failed: number; firstError: string | null }> {
  let next = 0;
  let failed = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const worker = async () => {
    while (next++ < count) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      if (!res.ok || json.errors) {
        failed++;
        firstError ??= `${res.status} ${json.errors?.[0]?.extensions?.code ?? ''}`;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { rps: count / ((performance.now() - started) / 1000), failed, firstError };
}

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000' }, requests: { type: 'string', default: '400' }, rounds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '10' }, shapes: { type: 'string' }, keep: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' },
  },
});
helpAndExit(values.help, `Usage: npm run bench:runtime [-- options]

Our API as npm start runs it (built: node dist/cli/serve.js) and through tsx (src/), side by side on
the bench graph (load it first with npm run bench:api -- --size N --keep). Per shape and runtime:
requests/s and the server's CPU ms per request (medians over the rounds), and start-up time. JSON on stdout.

  --requests N     requests per shape, runtime and round (default 400)
  --rounds N       rounds; the runtime that goes first alternates (default 3)
  --concurrency N  requests in flight (default 10)
  --shapes A,B     only these shapes (partners, pledges-by-sector, paths, search, network)
  --keep           leave the bench Neo4j running afterwards
  -h, --help       this help`);
onSignalExit();

const requests = Number(values.requests);
const rounds = Number(values.rounds);
const concurrency = Number(values.concurrency);
const g = await startBenchGraph({ detached: values.keep });
const servers = new Map<Runtime, RunningServer>();
const startup: Record<string, { ms: number; cpuMs: number }> = {};
try {
  const articles = Number((await g.driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n', {}, { routing: 'READ' })).records[0]!.get('n'));
  if (articles === 0) throw new Error('the bench graph is empty: run npm run bench:api -- --size 1000 --keep first');
  const wanted = values.shapes?.split(',').map((x) => x.trim()).filter(Boolean);
  const shapes = buildShapes(await pickSubjects(g.driver)).filter((s) => !wanted?.length || wanted.includes(s.name));
  for (const runtime of ['built', 'tsx'] as const) {
    const t0 = performance.now();
    const server = await startServer('ours', g.uri, { runtime });
    startup[runtime] = { ms: Math.round(performance.now() - t0), cpuMs: cpuMs(server.pid) };
    servers.set(runtime, server);
  }
  const figures: Array<{ shape: string; runtime: Runtime; rps: number; cpuMsPerRequest: number; rssMb: number; failed: number }> = [];
  for (const shape of shapes) {
    const request = shape.requests.ours;
    for (const s of servers.values()) await send(s.url + request.path, request.body, Math.min(50, requests), concurrency); // warm-up
    const seen: Record<Runtime, { rps: number[]; cpu: number[]; failed: number }> = { built: { rps: [], cpu: [], failed: 0 }, tsx: { rps: [], cpu: [], failed: 0 } };
    for (let round = 0; round < rounds; round++) {
      const order: Runtime[] = round % 2 ? ['tsx', 'built'] : ['built', 'tsx'];
      for (const runtime of order) {
        const s = servers.get(runtime)!;
        const before = cpuMs(s.pid);
        const sent = await send(s.url + request.path, request.body, requests, concurrency);
        if (sent.failed) log(`${shape.name} ${runtime}: ${sent.failed} of ${requests} failed (first: ${sent.firstError})`);
        seen[runtime].rps.push(sent.rps);
        seen[runtime].cpu.push((cpuMs(s.pid) - before) / requests);
        seen[runtime].failed += sent.failed;
      }
    }
    for (const runtime of ['built', 'tsx'] as const) {
      const f = { shape: shape.name, runtime, rps: Number(median(seen[runtime].rps).toFixed(1)), cpuMsPerRequest: Number(median(seen[runtime].cpu).toFixed(2)), rssMb: Math.round(rssMb(servers.get(runtime)!.pid)), failed: seen[runtime].failed };
      figures.push(f);
      log(`${shape.name.padEnd(17)} ${runtime.padEnd(5)} ${f.rps} req/s, ${f.cpuMsPerRequest} CPU ms/request, RSS ${f.rssMb} MB (load ${loadAverage()[0]})`);
    }
  }
  process.stdout.write(`${JSON.stringify({ date: new Date().toISOString(), machine: machineInfo(), articles, requests, rounds, concurrency, startup, figures, loadAverageEnd: loadAverage() }, null, 2)}\n`);
} finally {
  for (const s of servers.values()) await s.stop();
  if (values.keep) await g.driver.close();
  else await g.stop();
}
