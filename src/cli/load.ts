/**
 * `npm run load -- FILE|DIR... [--dry-run] [--concurrency N]` — articles in, graph out: read,
 * extract, plan, then load groups of articles per transaction. Progress on stderr, summary on stdout.
 */
import { SingleBar } from 'cli-progress';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Reference } from '../core/reference.ts';
import type { GraphConnection } from '../graph/connect.ts';
import { CATEGORIES, type LoadCounts } from '../graph/load/counts.ts';
import { DEFAULT_ARTICLES_PER_TRANSACTION, DEFAULT_CONCURRENCY } from '../graph/load/defaults.ts';
import type { LoadArticlesResult } from '../graph/load/load-articles.ts';
import type { Extract } from '../graph/load/plan-files.ts';

const HELP = `Usage: npm run load -- FILE_OR_DIR... [--dry-run] [--concurrency N] [--per-transaction N]

Extracts the articles (.txt, .md, .json, .jsonl files and directories) and loads them into Neo4j:
groups of articles per transaction, several at once; an article that fails is retried alone, so
each article is all or nothing. Loading an article again changes nothing; a changed article
replaces its evidence, and facts left without evidence are removed. The decisions of
seeds/reference/decisions.json not yet in the graph are imported first, and every decision in the
graph is replayed (npm run decisions -- --help).
Uses NEO4J_URI when set, otherwise starts the local Neo4j (npm run neo4j).
Options:
  --dry-run          print the load plans as JSON on stdout and write nothing
  --concurrency N    transactions in parallel (default ${DEFAULT_CONCURRENCY})
  --per-transaction N  articles per transaction (default ${DEFAULT_ARTICLES_PER_TRANSACTION}); each article stays all or nothing
  --verbose          also print the planner's warnings (facts dropped, quotes off)
  -h, --help         show this help
Exit code: 0 all loaded, 1 some file or article failed, 2 usage, reference or connection error.`;

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

export function formatSummary(result: LoadArticlesResult, seconds: number): string {
  const lines = [`articles: ${result.loaded} loaded, ${result.unchanged} unchanged, ${result.failures.length} failed (${seconds.toFixed(1)} s)`];
  const t: LoadCounts = result.totals;
  for (const c of CATEGORIES) lines.push(`${c}: ${t[c].created} created, ${t[c].updated} updated, ${t[c].removed} removed`);
  return `${lines.join('\n')}\n`;
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
  const concurrency = values.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    io.stderr(`load: --concurrency must be a whole number from 1 to 64, not "${values.concurrency}".`);
    return 2;
  }
  const perTransaction = values['per-transaction'] === undefined ? DEFAULT_ARTICLES_PER_TRANSACTION : Number(values['per-transaction']);
  if (!Number.isInteger(perTransaction) || perTransaction < 1 || perTransaction > 1000) {
    io.stderr(`load: --per-transaction must be a whole number from 1 to 1000, not "${values['per-transaction']}".`);
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
  const { planArticleFiles } = await import('../graph/load/plan-files.ts');
  const planAll = async (ref: Reference) => {
    const planned = await planArticleFiles(positionals, ref, deps.extract);
    for (const f of planned.failures) io.stderr(`error: ${f.error}`);
    if (values.verbose) for (const p of planned.plans) for (const w of p.warnings) io.stderr(`warning: ${p.article.file ?? p.article.id}: ${w}`);
    return planned;
  };
  if (values['dry-run']) {
    // No graph: the merges and splits of seeds/reference/decisions.json.
    const { plans, failures } = await planAll(reference);
    io.stdout(`${JSON.stringify(plans, null, 2)}\n`);
    io.stderr(`planned ${plans.length} article(s); nothing written (--dry-run)`);
    return failures.length ? 1 : 0;
  }

  let graph: GraphConnection;
  try {
    graph = await deps.connect();
  } catch (e) {
    io.stderr(`load: cannot connect to Neo4j: ${firstLine(e)}`);
    return 2;
  }
  try {
    const [{ applyMigrations }, { loadSectors }, { loadArticles }, { prepareLoad }] = await Promise.all([
      import('../graph/migrate.ts'), import('../graph/load/load-sectors.ts'), import('../graph/load/load-articles.ts'),
      import('../graph/decisions/prepare-load.ts'),
    ]);
    await applyMigrations(graph.driver, graph.database);
    // The seeds' decisions (new ones only), then plans replaying the graph's merges and splits.
    const prepared = await prepareLoad(graph.driver, reference, { database: graph.database, decisionsFile: deps.decisionsFile, extract: deps.extract });
    if (prepared.imported?.imported) io.stderr(`decisions: ${prepared.imported.imported} imported from seeds/reference/decisions.json`);
    const { plans, failures: planFailures } = await planAll(prepared.reference);
    const session = graph.driver.session({ database: graph.database });
    try {
      await session.executeWrite((tx) => loadSectors(tx, reference));
    } finally {
      await session.close();
    }
    const started = performance.now();
    const bar = io.progressStream
      ? new SingleBar({ stream: io.progressStream, format: 'load [{bar}] {value}/{total} articles | {rate}/s | {failed} failed', hideCursor: true })
      : null;
    bar?.start(plans.length, 0, { rate: '0', failed: 0 });
    const result = await loadArticles(graph.driver, plans, {
      concurrency,
      articlesPerTransaction: perTransaction,
      database: graph.database,
      identityVersion: prepared.identity.version,
      onProgress: ({ done, failed }) => {
        const rate = (done / Math.max((performance.now() - started) / 1000, 0.001)).toFixed(0);
        bar?.update(done, { rate, failed });
      },
    });
    bar?.stop();
    for (const f of result.failures) io.stderr(`error: ${f.file ?? f.articleId}: ${f.error}`);
    io.stdout(formatSummary(result, (performance.now() - started) / 1000));
    return result.failures.length || planFailures.length ? 1 : 0;
  } catch (e) {
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
