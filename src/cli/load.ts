/**
 * `npm run load -- FILE|DIR... [--dry-run] [--concurrency N]` — articles in, graph out: read,
 * extract, plan and load groups of articles per transaction, as a stream (a JSON Lines corpus of any
 * size is read line by line, with bounded memory). Progress on stderr, summary on stdout. When Neo4j
 * goes away mid-load it says so at once, waits for it (saying so) for `--wait-for-neo4j` seconds,
 * then stops and names what was and was not loaded.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Reference } from '../core/reference.ts';
import type { GraphConnection } from '../graph/connect.ts';
import { DEFAULT_ARTICLES_PER_TRANSACTION, DEFAULT_CONCURRENCY, DEFAULT_WAIT_FOR_DATABASE_MS } from '../graph/load/defaults.ts';
import type { LoadArticlesResult, PlannedArticle } from '../graph/load/load-articles.ts';
import type { OutageEvent } from '../graph/load/outage.ts';
import type { Extract, PlanEvent } from '../graph/load/plan-files.ts';
import type { LoadProgress } from './load-progress.ts';
import { formatCounts, nameArticles, nameUnread, type ReadPosition } from './load-report.ts';

const HELP = `Usage: npm run load -- FILE_OR_DIR... [--dry-run] [--concurrency N] [--per-transaction N] [--wait-for-neo4j S]

Extracts the articles (.txt, .md, .json, .jsonl files and directories) and loads them into Neo4j:
groups of articles per transaction, several at once; an article that fails is retried alone, so
each article is all or nothing. Loading an article again changes nothing; a changed article
replaces its evidence, and facts left without evidence are removed. The decisions of
seeds/reference/decisions.json not yet in the graph are imported first, and every decision in the
graph is replayed (npm run decisions -- --help). Files are read one at a time
and .jsonl files line by line, so a corpus of any size loads with bounded memory; the size limit
(5 MB) applies to each file, and to each line of a .jsonl file.
Uses NEO4J_URI when set, otherwise starts the local Neo4j (npm run neo4j).
Options:
  --dry-run          print the load plans as JSON on stdout and write nothing
  --concurrency N    transactions in parallel (default ${DEFAULT_CONCURRENCY})
  --per-transaction N  articles per transaction (default ${DEFAULT_ARTICLES_PER_TRANSACTION}); each article stays all or nothing
  --wait-for-neo4j S   when Neo4j goes away mid-load, wait this many seconds for it to come back
                     (default ${DEFAULT_WAIT_FOR_DATABASE_MS / 1000}; 0 stops at once), then stop and name what was not loaded
  --verbose          also print the planner's warnings (facts dropped, quotes off)
  -h, --help         show this help
Exit code: 0 all loaded, 1 some file or article failed, 2 usage, reference or connection error,
3 Neo4j went away during the load and did not come back (the summary names what was and was not
loaded; run the same command again to load the rest: what was loaded is skipped as unchanged).`;

export interface LoadCliDeps {
  readReference: () => Promise<Reference>;
  connect: () => Promise<GraphConnection>;
  extract?: Extract;
  /** The decisions file imported before loading (default seeds/reference/decisions.json; null: none). */
  decisionsFile?: string | null;
}

export interface LoadCliIo {
  stdout: (text: string) => void;
  stderr: (line: string) => void;
  /** Progress bar stream; none in tests. */
  progressStream?: NodeJS.WriteStream;
}

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

export function formatSummary(result: LoadArticlesResult, seconds: number, unreadRows: readonly string[] = []): string {
  const notLoaded = result.aborted?.notLoaded ?? [];
  const more = notLoaded.length || unreadRows.length ? `, ${notLoaded.length}${unreadRows.length ? '+' : ''} not loaded` : '';
  const lines = [`articles: ${result.loaded} loaded, ${result.unchanged} unchanged, ${result.failures.length} failed${more} (${seconds.toFixed(1)} s)`];
  lines.push(...formatCounts(result.totals));
  if (result.aborted) {
    lines.push(`stopped: ${result.aborted.error.message}`);
    lines.push(`loaded or already in the graph (${result.results.length}):`, ...nameArticles(result.results));
    if (result.failures.length) lines.push(`failed (${result.failures.length}):`, ...nameArticles(result.failures));
    lines.push(`not loaded (${notLoaded.length} articles read${unreadRows.length ? ', and the input not read yet' : ''}):`, ...nameArticles(notLoaded), ...unreadRows);
  }
  return `${lines.join('\n')}\n`;
}

function wholeNumber(raw: string | undefined, fallback: number, min: number, max: number): number | null {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** Says what an outage is doing, without flooding: every attempt for the first 5 s, then every 5 s. */
export function outageReporter(progress: LoadProgress, uri: string, limitMs: number, done: () => number) {
  let lastSaid = -Infinity;
  return (e: OutageEvent) => {
    const s = (ms: number) => `${Math.round(ms / 1000)} s`;
    if (e.kind === 'lost') {
      progress.message(`load: lost Neo4j at ${uri} (${e.error}); ${done()} articles written so far. Waiting up to ${s(limitMs)} for it to come back (--wait-for-neo4j).`);
    } else if (e.kind === 'waiting') {
      if (e.waitedMs > 5000 && e.waitedMs - lastSaid < 5000) return;
      lastSaid = e.waitedMs;
      progress.message(`load: Neo4j still unreachable after ${s(e.waitedMs)} of ${s(e.limitMs)} (attempt ${e.attempt}: ${e.error})`);
    } else if (e.kind === 'back') {
      progress.message(`load: Neo4j answers again after ${s(e.waitedMs)}; resuming`);
    } else {
      progress.message(`load: Neo4j did not come back within ${s(limitMs)}; stopping`);
    }
  };
}

export async function runLoad(argv: string[], io: LoadCliIo, deps: LoadCliDeps): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        concurrency: { type: 'string' },
        'per-transaction': { type: 'string' },
        'wait-for-neo4j': { type: 'string' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.stderr(`load: ${firstLine(e)}. Try --help.`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  if (!positionals.length) {
    io.stderr('load: no files given. Try --help.');
    return 2;
  }
  const concurrency = wholeNumber(values.concurrency, DEFAULT_CONCURRENCY, 1, 64);
  if (concurrency === null) {
    io.stderr(`load: --concurrency must be a whole number from 1 to 64, not "${values.concurrency}".`);
    return 2;
  }
  const perTransaction = wholeNumber(values['per-transaction'], DEFAULT_ARTICLES_PER_TRANSACTION, 1, 1000);
  if (perTransaction === null) {
    io.stderr(`load: --per-transaction must be a whole number from 1 to 1000, not "${values['per-transaction']}".`);
    return 2;
  }
  const waitSeconds = wholeNumber(values['wait-for-neo4j'], DEFAULT_WAIT_FOR_DATABASE_MS / 1000, 0, 86_400);
  if (waitSeconds === null) {
    io.stderr(`load: --wait-for-neo4j must be a whole number of seconds from 0 to 86400, not "${values['wait-for-neo4j']}".`);
    return 2;
  }
  let reference: Reference;
  try {
    reference = await deps.readReference();
  } catch (e) {
    io.stderr(`load: cannot read reference data: ${firstLine(e)}`);
    return 2;
  }
  // Imported here so --help and usage errors stay instant.
  const [{ streamPlans }, { listArticleInputs, totalBytes }, { createLoadProgress }] = await Promise.all([
    import('../graph/load/plan-files.ts'), import('../io/read-articles.ts'), import('./load-progress.ts'),
  ]);
  const entries = await listArticleInputs(positionals);
  let planFailures = 0;
  const onPlanEvent = (event: PlanEvent, say: (line: string) => void): PlannedArticle | null => {
    if (!event.ok) {
      planFailures++;
      say(`error: ${event.failure.error}`);
      return null;
    }
    if (values.verbose) for (const w of event.plan.warnings) say(`warning: ${event.plan.article.file ?? event.plan.article.id}: ${w}`);
    return { plan: event.plan, where: event.where };
  };

  if (values['dry-run']) {
    let planned = 0;
    io.stdout('[');
    for await (const event of streamPlans(entries, reference, deps.extract)) {
      const item = onPlanEvent(event, io.stderr);
      if (!item) continue;
      io.stdout(`${planned ? ',' : ''}\n${JSON.stringify(item.plan, null, 2)}`);
      planned++;
    }
    io.stdout(planned ? '\n]\n' : ']\n');
    io.stderr(`planned ${planned} article(s); nothing written (--dry-run)`);
    return planFailures ? 1 : 0;
  }

  let graph: GraphConnection;
  try {
    graph = await deps.connect();
  } catch (e) {
    io.stderr(`load: cannot connect to Neo4j: ${firstLine(e)}`);
    return 2;
  }
  let progress: LoadProgress | null = null;
  try {
    const [{ applyMigrations }, { loadSectors }, { loadArticleStream }, { prepareLoad }] = await Promise.all([
      import('../graph/migrate.ts'), import('../graph/load/load-sectors.ts'), import('../graph/load/load-articles.ts'),
      import('../graph/decisions/prepare-load.ts'),
    ]);
    await applyMigrations(graph.driver, graph.database);
    // The seeds' decisions (new ones only), then plans replaying the graph's merges and splits.
    const prepared = await prepareLoad(graph.driver, reference, { database: graph.database, decisionsFile: deps.decisionsFile, extract: deps.extract });
    if (prepared.imported?.imported) io.stderr(`decisions: ${prepared.imported.imported} imported from seeds/reference/decisions.json`);
    const session = graph.driver.session({ database: graph.database });
    try {
      await session.executeWrite((tx) => loadSectors(tx, reference));
    } finally {
      await session.close();
    }
    const started = performance.now();
    const bar = createLoadProgress(io, totalBytes(entries));
    progress = bar;
    const state = { bytesDone: 0, done: 0, failed: 0 };
    let position: ReadPosition | null = null;
    const ends: number[] = [];
    for (const e of entries) ends.push((ends.at(-1) ?? 0) + (e.kind === 'file' ? e.size : 0));
    async function* planned(): AsyncGenerator<PlannedArticle> {
      for await (const event of streamPlans(entries, prepared.reference, deps.extract)) {
        state.bytesDone = event.bytesDone;
        position = { entry: event.entry, line: event.line, finished: event.line === null || event.bytesDone >= ends[event.entry]! };
        bar.update(state);
        const item = onPlanEvent(event, (line) => bar.message(line));
        if (item) yield item;
      }
      position = { entry: entries.length, line: null, finished: true };
    }
    const result = await loadArticleStream(graph.driver, planned(), {
      concurrency,
      articlesPerTransaction: perTransaction,
      database: graph.database,
      identityVersion: prepared.identity.version,
      waitForDatabaseMs: waitSeconds * 1000,
      onOutage: outageReporter(bar, graph.uri, waitSeconds * 1000, () => state.done),
      onProgress: ({ done, failed }) => {
        state.done = done;
        state.failed = failed + planFailures;
        bar.update(state);
      },
    });
    bar.stop();
    progress = null;
    for (const f of result.failures) io.stderr(`error: ${f.where ?? f.file ?? f.articleId}: ${f.error}`);
    const unread = result.aborted ? nameUnread(entries, position) : [];
    io.stdout(formatSummary(result, (performance.now() - started) / 1000, unread));
    if (result.aborted) {
      const missing = result.aborted.notLoaded.length;
      io.stderr(`load: stopped because Neo4j at ${graph.uri} went away: ${result.results.length} articles loaded or unchanged, ${missing}${unread.length ? ' and the rest of the input' : ''} not loaded (named on stdout). Run the same command again to load the rest.`);
      return 3;
    }
    return result.failures.length || planFailures ? 1 : 0;
  } catch (e) {
    progress?.stop();
    io.stderr(`load: ${firstLine(e)}`);
    return 2;
  } finally {
    await graph.close();
  }
}

async function defaultDeps(): Promise<LoadCliDeps> {
  const [{ readReference }, { connectGraph }, { loadConfig }] = await Promise.all([
    import('../io/read-reference.ts'), import('../graph/connect.ts'), import('../config.ts'),
  ]);
  return { readReference: () => readReference(), connect: () => connectGraph(loadConfig()) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  defaultDeps()
    .then((deps) => runLoad(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (line) => process.stderr.write(`${line}\n`),
      progressStream: process.stderr,
    }, deps))
    .then((code) => {
      process.exitCode = code;
    }, (e: unknown) => {
      process.stderr.write(`load: ${firstLine(e)}\n`);
      process.exitCode = 2;
    });
}
