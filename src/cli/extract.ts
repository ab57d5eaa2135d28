/**
 * `npm run --silent extract -- FILE...` — articles in, claims out: one JSON array on stdout, one
 * element per article, exactly the contract of `src/core/claims.ts`. Progress and problems go to
 * stderr; a bad file is named there, the others are still extracted, and the exit code is 1.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ArticleClaims, ExtractOutput } from '../core/claims.ts';
import type { RawArticle } from '../core/read/raw-article.ts';
import type { Reference } from '../core/reference.ts';
import { readArticleFiles, type ReadResult } from '../io/read-articles.ts';

const HELP = `Usage: npm run --silent extract -- FILE_OR_DIR...

Extracts actors, sectors, pledges and relations, each with evidence, from Vietnamese news articles.
Accepts .txt (first non-empty line is the title), .md/.txt with YAML front matter, .json and .jsonl
files, and directories (searched recursively). A manifest.json beside the files supplies metadata.
"-" reads one .txt article from standard input.

Prints one JSON array to stdout (schema: schema/claims.schema.json). Progress and errors go to
stderr. Exit code: 0 all extracted, 1 some file or article failed, 2 usage or reference-data error.
Options:
  -h, --help   show this help`;

/** What the command needs to do its work; loaded only when there is work (not for --help). */
export interface ExtractDeps {
  readReference: () => Promise<Reference>;
  extractArticle: (article: RawArticle, reference: Reference) => ArticleClaims;
  readArticles?: (paths: string[]) => Promise<ReadResult[]>;
}

export interface ExtractIo {
  stdout: (text: string) => void;
  stderr: (line: string) => void;
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
}

/** Runs the command with injected dependencies; resolves to the exit code. */
export async function runExtract(argv: string[], io: ExtractIo, loadDeps: () => Promise<ExtractDeps>): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    io.stderr(`extract: ${firstLine(e)}`);
    io.stderr('Try --help.');
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  if (!parsed.positionals.length) {
    io.stderr('extract: no files given. Try --help.');
    return 2;
  }
  let deps: ExtractDeps;
  try {
    deps = await loadDeps();
  } catch (e) {
    io.stderr(`extract: cannot load the extractor: ${firstLine(e)}`);
    return 2;
  }
  let reference: Reference;
  try {
    reference = await deps.readReference();
  } catch (e) {
    io.stderr(`extract: cannot read reference data: ${firstLine(e)}`);
    return 2;
  }
  const results = await (deps.readArticles ?? readArticleFiles)(parsed.positionals);
  const out: ArticleClaims[] = [];
  const seen = new Map<string, string | null>();
  let failed = 0;
  for (const result of results) {
    if (!result.ok) {
      io.stderr(`error: ${result.error}`);
      failed++;
      continue;
    }
    const name = result.article.file ?? result.article.title;
    try {
      const claims = ArticleClaims.parse(deps.extractArticle(result.article, reference));
      if (seen.has(claims.article.id)) {
        io.stderr(`note: ${name} is the same article as ${seen.get(claims.article.id)}; printed once`);
        continue;
      }
      seen.set(claims.article.id, name);
      out.push(claims);
      io.stderr(`${name}: ${claims.actors.length} actors, ${claims.pledges.length} pledges, ${claims.relations.length} relations`);
    } catch (e) {
      io.stderr(`error: ${name}: extraction failed: ${firstLine(e)}`);
      failed++;
    }
  }
  io.stdout(`${JSON.stringify(ExtractOutput.parse(out), null, 2)}\n`);
  io.stderr(`extracted ${out.length} article(s)${failed ? `; ${failed} failed` : ''}`);
  return failed ? 1 : 0;
}

// Imported lazily so that --help answers without compiling the rules.
async function loadDefaultDeps(): Promise<ExtractDeps> {
  const [{ readReference }, { extractArticle }] = await Promise.all([
    import('../io/read-reference.ts'),
    import('../core/extract-article.ts'),
  ]);
  return { readReference: () => readReference(), extractArticle };
}

const processIo: ExtractIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `extract … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  runExtract(process.argv.slice(2), processIo, loadDefaultDeps).then((code) => {
    process.exitCode = code;
  });
}
