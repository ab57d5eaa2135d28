/**
 * `npm run bench [-- --full --runs 3 --seconds 10 --warmup 3]`: extraction, then for 1k and 10k
 * articles (and 50k with --full) loading and the API side by side with @neo4j/graphql and the raw
 * Cypher floor. Writes bench/results/<date>.json and the tables of BENCHMARKS.md.
 * Never part of `npm test`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { helpAndExit } from './lib/help.ts';
import { runApiBench } from './api.ts';
import { onSignalExit } from './api/servers.ts';
import { DEFAULT_SEED } from './corpus/generate.ts';
import { runExtractBench } from './extract.ts';
import { startBenchGraph } from './lib/graph.ts';
import { log, machineInfo } from './lib/machine.ts';
import { renderResults, spliceResults, type BenchResults } from './lib/report.ts';
import { freshBenchStore, runColdLoad, runLoadBench } from './load.ts';

const { values } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'load-runs': { type: 'string' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    'skip-extract': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    'load-warmup': { type: 'string' },
    'skip-cold': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
helpAndExit(values.help, `Usage: npm run bench [-- options]

Extraction, then for each corpus size loading and the API side by side with @neo4j/graphql and the
raw-Cypher floor. Writes bench/results/<date>.json and the tables of BENCHMARKS.md. Not part of npm test.

  --full            sizes 1000, 10000 and 50000 (default 1000 and 10000)
  --sizes A,B       these sizes instead
  --runs N          runs of extraction and API rounds (default 3)
  --load-runs N     timed loads per size (default: up to 3 at 1k, 1 beyond)
  --load-warmup N   articles loaded before the timed loads (default 1000)
  --seconds N       measured seconds per API shape and server (default 10)
  --warmup N        API warm-up seconds (default 3)
  --connections N   concurrent API connections (default 50)
  --skip-extract    no extraction benchmark
  --skip-cold       no cold 10k load (by default, when 10000 is among the sizes, the run starts with
                    one: the bench store deleted, Neo4j started afresh, 10k loaded with no warm-up)
  --keep            leave the bench Neo4j running afterwards
  --no-write        do not write the results file or BENCHMARKS.md
  -h, --help        this help`);
onSignalExit();
const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.full ? [1000, 10_000, 50_000] : [1000, 10_000];
const runs = Math.max(1, Math.min(10, Number(values.runs)));
const t0 = Date.now();
const machine = machineInfo();
log(`machine: ${machine.cpu}, ${machine.cores} cores, load average ${machine.loadAverage.join(' ')}`);

const dir = fileURLToPath(new URL('./results/', import.meta.url));
const day = new Date().toISOString().slice(0, 10);
let name = `${day}.json`;
for (let i = 2; existsSync(`${dir}${name}`); i++) name = `${day}-${i}.json`;

/** Written after every phase, so an interrupted run still leaves what it measured. */
async function save(final: boolean): Promise<void> {
  results.durationSeconds = Math.round((Date.now() - t0) / 1000);
  if (values['no-write']) {
    if (final) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}${name}`, `${JSON.stringify({ ...results, complete: final }, null, 2)}\n`);
  const mdPath = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
  const md = existsSync(mdPath) ? readFileSync(mdPath, 'utf8') : '# Benchmarks\n';
  writeFileSync(mdPath, spliceResults(md, renderResults(results, `bench/results/${name}`)));
  log(`wrote bench/results/${name} and BENCHMARKS.md (${results.durationSeconds} s${final ? '' : ', partial'})`);
}

const results: BenchResults = { date: new Date().toISOString(), machine, neo4j: 'unknown', seed: DEFAULT_SEED, extract: [], load: [], api: [], durationSeconds: 0 };
if (!values['skip-extract']) {
  results.extract = await runExtractBench({ size: 1000, seedCopies: 200, runs });
  await save(false);
}

// A user's first load comes first, while the JVM is cold; the timed loads below empty the graph anyway.
const cold = !values['skip-cold'] && sizes.includes(10_000);
if (cold) await freshBenchStore();
const graph = await startBenchGraph({ detached: values.keep });
try {
  const v = await graph.driver.executeQuery("CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] + ' ' + edition AS v");
  results.neo4j = String(v.records[0]?.get('v') ?? 'unknown');
  if (cold) {
    results.coldLoad = await runColdLoad(graph, { size: 10_000 });
    await save(false);
  }
  for (const size of sizes) {
    // Repeating a load costs a full re-load: up to 3 runs at 1k, one beyond, unless told otherwise.
    const loadRuns = values['load-runs'] ? Number(values['load-runs']) : size <= 1000 ? Math.min(runs, 3) : 1;
    results.load.push(await runLoadBench(graph.driver, { size, runs: loadRuns, warmup: values['load-warmup'] ? Number(values['load-warmup']) : undefined }));
    await save(false);
    const { api } = await runApiBench(graph.driver, graph.uri, {
      size, runs, seconds: Number(values.seconds), warmupSeconds: Number(values.warmup), connections: Number(values.connections),
    });
    results.api.push(api);
    await save(false);
  }
} finally {
  if (values.keep) await graph.driver.close();
  else await graph.stop();
}
await save(true);
