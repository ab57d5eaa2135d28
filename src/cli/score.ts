/**
 * `npm run score -- DIR` — the extractor measured against a gold folder in the owner's format, with
 * the figures `node test/corpus-tools/score.mjs OUT DIR` gives (the script the project is judged
 * by). File I/O lives here; the algorithm is the pure `src/core/score/`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Floor, raiseFloor } from '../core/score/floor.ts';
import { formatReport } from '../core/score/format-report.ts';
import type { GoldEntry } from '../core/score/gold.ts';
import type { PartSelection } from '../core/score/parts.ts';
import { ScorableOutput, type ScorableArticle } from '../core/score/scorable.ts';
import { findResult, reportPart, scoreFolder } from '../core/score/score-folder.ts';

const DEFAULT_DIR = fileURLToPath(new URL('../../test/fixtures/corpus/', import.meta.url));
export const FLOOR_FILE = 'scores.json';

const HELP = `Usage: npm run --silent score -- [DIR] [options]

Scores extraction against the gold of DIR (default test/fixtures/corpus): NN_slug.txt +
NN_slug.gold.json files in the format of ../shared/corpus/GOLD-CONVENTIONS.md. The figures are
those of the owner's scorer, \`node test/corpus-tools/score.mjs OUT.json DIR\`, on the same output:
precision, recall and F1 of actors, pledges, relations and relations_loose (MEETS ~ PARTNERS_WITH).

Parts: an article whose number NN is divisible by 3 is blind, the others are tuning. Blind articles
are only ever scored in aggregate: --verbose gives no detail for them.

Options:
  --part tuning|blind|all  which articles to score (default all: each part, then the whole folder)
  --extracted FILE         score this output of \`npm run --silent extract\` (a JSON array) instead of
                           running the extractor on DIR/*.txt
  --language vi|en         only the articles the extractor read in this language (its
                           \`article.language\`: the metadata's, or detected from the text)
  --json                   print the figures of the selected part as JSON, exactly as score.mjs does
  -v, --verbose            missed pledges, relations and actors, extra actors: tuning articles only
  --write-floor            raise the regression floor DIR/${FLOOR_FILE} (per part and metric F1) to
                           this run's figures; never lowers a figure, refuses on a regression
  -h, --help               show this help

Exit code: 0 scored, 1 an article failed to extract or the floor update was refused, 2 usage or
setup error (unreadable or invalid gold or extraction output).`;

export interface ScoreDeps {
  readGoldFolder: (dir: string) => Promise<GoldEntry[]>;
  listTextFiles: (dir: string) => Promise<string[]>;
  extractFiles: (paths: string[]) => Promise<{ claims: ScorableArticle[]; errors: string[] }>;
  readText: (path: string) => Promise<string | null>;
  writeText: (path: string, text: string) => Promise<void>;
}

export interface ScoreIo {
  stdout: (text: string) => void;
  stderr: (line: string) => void;
}

class UsageError extends Error {}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      part: { type: 'string' }, extracted: { type: 'string' }, json: { type: 'boolean' }, language: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' }, 'write-floor': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals.length > 1) throw new UsageError('one gold folder at a time');
  const part = values.part ?? 'all';
  if (part !== 'tuning' && part !== 'blind' && part !== 'all') throw new UsageError(`--part must be tuning, blind or all (got ${part})`);
  if (values.verbose && part === 'blind') throw new UsageError('blind articles are only scored in aggregate: --verbose gives detail for --part tuning (or all)');
  if (values['write-floor'] && values.extracted) throw new UsageError('--write-floor measures the extractor itself: leave out --extracted');
  if (values.language !== undefined && !/^[a-z]{2}$/.test(values.language)) throw new UsageError(`--language takes a two-letter code such as vi or en (got ${values.language})`);
  if (values['write-floor'] && values.language) throw new UsageError('--write-floor holds the whole folder: leave out --language');
  return { dir: positionals[0] ?? DEFAULT_DIR, part: part as PartSelection, values };
}

async function readExtracted(deps: ScoreDeps, path: string): Promise<ScorableArticle[]> {
  const text = await deps.readText(path);
  if (text === null) throw new Error(`${path}: no such file`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`cannot read extraction output: ${path}: ${firstLine(e)}`, { cause: e });
  }
  const parsed = ScorableOutput.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: not extraction output: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  return parsed.data;
}

async function updateFloor(deps: ScoreDeps, dir: string, articles: ReturnType<typeof scoreFolder>, io: ScoreIo): Promise<number> {
  const path = join(dir, FLOOR_FILE);
  const existing = await deps.readText(path);
  const old = existing === null ? null : Floor.parse(JSON.parse(existing));
  const { floor, refused, changes } = raiseFloor(old, articles);
  if (refused.length > 0) {
    io.stderr(`score: ${path} not written: the extractor is below the committed floor on the articles it covers:`);
    for (const line of refused) io.stderr(`  ${line}`);
    return 1;
  }
  await deps.writeText(path, `${JSON.stringify(floor, null, 2)}\n`);
  for (const line of changes) io.stderr(`floor ${line}`);
  io.stderr(`wrote ${path}`);
  return 0;
}

/** Runs the command with injected dependencies; resolves to the exit code. */
export async function runScore(argv: string[], io: ScoreIo, loadDeps: () => Promise<ScoreDeps>): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    io.stderr(`score: ${firstLine(e)}\nTry --help.`);
    return 2;
  }
  if (args.values.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  const { dir, part, values } = args;
  let golds: GoldEntry[];
  let results: ScorableArticle[];
  let failed = 0;
  let deps: ScoreDeps;
  try {
    deps = await loadDeps();
    golds = await deps.readGoldFolder(dir);
    if (values.extracted) {
      results = await readExtracted(deps, values.extracted);
    } else {
      const extracted = await deps.extractFiles(await deps.listTextFiles(dir));
      for (const line of extracted.errors) io.stderr(`error: ${line}`);
      failed = extracted.errors.length;
      results = extracted.claims;
    }
  } catch (e) {
    io.stderr(`score: ${firstLine(e)}`);
    return 2;
  }
  if (values.language) {
    const language = values.language;
    golds = golds.filter(({ stem }) => findResult(stem, results)?.article?.language === language);
    if (golds.length === 0) io.stderr(`warning: no article of ${dir} was read as language ${language}`);
  }
  const articles = scoreFolder(golds, results);
  for (const article of articles) {
    if (!article.found) io.stderr(`warning: ${article.stem}: no extraction result (all its gold counts as missed)`);
  }
  if (golds.length === 0) io.stderr(`warning: ${dir}: no *.gold.json files`);
  const shown = relative(process.cwd(), dir) || '.';
  io.stdout(values.json ? `${JSON.stringify(reportPart(articles, part), null, 1)}\n` : formatReport(shown, articles, part, values.verbose === true));
  if (values['write-floor']) {
    if (articles.length === 0) {
      io.stderr('score: no gold to measure: the floor is not written');
      return 1;
    }
    const code = await updateFloor(deps, dir, articles, io);
    if (code !== 0) return code;
  }
  return failed > 0 ? 1 : 0;
}

async function loadDefaultDeps(): Promise<ScoreDeps> {
  const [gold, { extractFiles }] = await Promise.all([import('../io/read-gold-folder.ts'), import('../io/extract-files.ts')]);
  return {
    readGoldFolder: gold.readGoldFolder,
    listTextFiles: gold.listTextFiles,
    extractFiles,
    readText: (path) =>
      readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return null;
        throw e;
      }),
    writeText: (path, text) => writeFile(path, text),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const io: ScoreIo = { stdout: (text) => process.stdout.write(text), stderr: (line) => process.stderr.write(`${line}\n`) };
  runScore(process.argv.slice(2), io, loadDefaultDeps).then((code) => {
    process.exitCode = code;
  });
}
