/**
 * `npm run score` — runs the real reader and extractor over the seed articles and measures the
 * claims against the hand-made gold in test/fixtures/gold/: P/R/F1 per category, per article and
 * overall. Table on stdout (or JSON with --json); --verbose lists misses and false positives.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ArticleClaims } from '../core/claims.ts';
import type { RawArticle } from '../core/read/raw-article.ts';
import type { Reference } from '../core/reference.ts';
import { GoldArticle } from '../core/score/gold.ts';
import type { CorpusScore } from '../core/score/score-corpus.ts';
import { scoreCorpus } from '../core/score/score-corpus.ts';
import type { ReadResult } from '../io/read-articles.ts';
import { formatReport } from '../core/score/format-report.ts';

const DEFAULT_GOLD = fileURLToPath(new URL('../../test/fixtures/gold/', import.meta.url));
const DEFAULT_ARTICLES = fileURLToPath(new URL('../../seeds/articles/', import.meta.url));

const HELP = `Usage: npm run --silent score -- [options]

Extracts the seed articles with the real extractor and scores the claims against the gold
annotations (test/fixtures/gold/*.json; guidelines in its README.md). Prints precision, recall and
F1 for actors, pledges and relations, per article and overall (micro-averaged), plus the agreement
of matched items on secondary attributes (actor kind, pledge status/kind/period, relation dates).

Options:
  --json            print the full score as JSON instead of a table
  -v, --verbose     also list misses, false positives and disagreements per article
  --gold DIR        gold directory (default test/fixtures/gold)
  --articles DIR    article directory (default seeds/articles)
  -h, --help        show this help

Exit code: 0 scored, 1 an article failed to read or extract, 2 usage or setup error.`;

export interface ScoreDeps {
  readReference: () => Promise<Reference>;
  extractArticle: (article: RawArticle, reference: Reference) => ArticleClaims;
  readArticles: (paths: string[]) => Promise<ReadResult[]>;
}

export interface ScoreIo {
  stdout: (text: string) => void;
  stderr: (line: string) => void;
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}

export async function readGold(dir: string): Promise<GoldArticle[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => {
      const parsed = GoldArticle.safeParse(JSON.parse(await readFile(join(dir, name), 'utf8')));
      if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues[0]?.message ?? 'invalid gold'}`);
      return parsed.data;
    }),
  );
}

async function extractAll(deps: ScoreDeps, articlesDir: string, io: ScoreIo): Promise<{ claims: ArticleClaims[]; failed: number }> {
  const reference = await deps.readReference();
  const claims: ArticleClaims[] = [];
  let failed = 0;
  for (const result of await deps.readArticles([articlesDir])) {
    if (!result.ok) {
      io.stderr(`error: ${result.error}`);
      failed += 1;
      continue;
    }
    try {
      claims.push(deps.extractArticle(result.article, reference));
    } catch (e) {
      io.stderr(`error: ${result.article.file ?? result.article.title}: extraction failed: ${firstLine(e)}`);
      failed += 1;
    }
  }
  return { claims, failed };
}

/** Runs the command with injected dependencies; resolves to the exit code. */
export async function runScore(argv: string[], io: ScoreIo, loadDeps: () => Promise<ScoreDeps>): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' }, verbose: { type: 'boolean', short: 'v' }, help: { type: 'boolean', short: 'h' },
        gold: { type: 'string' }, articles: { type: 'string' },
      },
    }));
  } catch (e) {
    io.stderr(`score: ${firstLine(e)}\nTry --help.`);
    return 2;
  }
  if (values.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  let gold: GoldArticle[];
  let deps: ScoreDeps;
  try {
    gold = await readGold(values.gold ?? DEFAULT_GOLD);
    deps = await loadDeps();
  } catch (e) {
    io.stderr(`score: ${firstLine(e)}`);
    return 2;
  }
  let extracted: { claims: ArticleClaims[]; failed: number };
  try {
    extracted = await extractAll(deps, values.articles ?? DEFAULT_ARTICLES, io);
  } catch (e) {
    io.stderr(`score: ${firstLine(e)}`);
    return 2;
  }
  const score: CorpusScore = scoreCorpus(gold, extracted.claims);
  for (const file of score.missingClaims) io.stderr(`warning: no claims for ${file}: all its gold counts as missed`);
  io.stdout(values.json ? `${JSON.stringify(score, null, 2)}\n` : formatReport(score, values.verbose === true));
  return extracted.failed > 0 ? 1 : 0;
}

async function loadDefaultDeps(): Promise<ScoreDeps> {
  const { readReference } = await import('../io/read-reference.ts');
  const { readArticleFiles } = await import('../io/read-articles.ts');
  // Loaded by path so the scorer typechecks before the extractor lands.
  const extractModule = '../core/extract-article.ts';
  const { extractArticle } = (await import(extractModule)) as Pick<ScoreDeps, 'extractArticle'>;
  return { readReference: () => readReference(), extractArticle, readArticles: (paths) => readArticleFiles(paths) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const io: ScoreIo = { stdout: (text) => process.stdout.write(text), stderr: (line) => process.stderr.write(`${line}\n`) };
  runScore(process.argv.slice(2), io, loadDefaultDeps).then((code) => {
    process.exitCode = code;
  });
}
