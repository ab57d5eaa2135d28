/**
 * Parsing one article file's content (already decoded) into raw articles: `.txt`/`.md` (first
 * non-empty line is the title; optional YAML front matter), `.json` (an object or an array of
 * them) and `.jsonl` (one article a line). Pure: reading the file is the caller's job.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { detectLanguage } from '../lang/detect-language.ts';
import { creditFragments } from '../text/boilerplate-rules.ts';
import { foldText } from '../text/fold.ts';
import { normalizeText } from '../text/normalize.ts';
import { findPublished } from './find-published.ts';
import { normalizePublished } from './published.ts';
import { ArticleFileError, RawArticle } from './raw-article.ts';

export { ArticleFileError, RawArticle } from './raw-article.ts';

/** Metadata fields as they may appear in front matter or JSON; all optional but `text` in JSON. */
const Metadata = z.object({
  title: z.string().optional().nullable(),
  published: z.unknown().optional(),
  outlet: z.string().optional().nullable(),
  url: z.string().optional().nullable(),
  language: z.string().optional().nullable(),
});
const JsonArticle = Metadata.extend({ text: z.string() });

/** The first non-empty line, without Markdown hashes, photo credits or a table bar. */
function firstLine(text: string): string {
  const line = (text.split('\n').find((l) => l.trim() !== '') ?? '').replace(/^\s*#+\s*/, '');
  let title = '';
  let from = 0;
  for (const [start, end] of creditFragments(foldText(line))) {
    title += line.slice(from, start);
    from = end;
  }
  return (title + line.slice(from)).trim() || line.trim();
}

/** Metadata known from outside the file (a manifest beside it): fills only what the file lacks. */
export type ArticleDefaults = Partial<Pick<RawArticle, 'title' | 'published' | 'outlet' | 'url' | 'language'>>;

function build(file: string, fileMeta: z.infer<typeof Metadata>, rawText: string, defaults: ArticleDefaults): RawArticle {
  const meta = { ...fileMeta };
  for (const key of ['title', 'published', 'outlet', 'url', 'language'] as const) {
    if (meta[key] === undefined || meta[key] === null || meta[key] === '') meta[key] = defaults[key] ?? undefined;
  }
  const text = normalizeText(rawText);
  if (!text.trim()) throw new ArticleFileError(file, 'the article text is empty');
  let published: string | null;
  try {
    // The text's own byline or dateline, when neither the file nor a manifest gives a date.
    published = normalizePublished(meta.published) ?? findPublished(text);
  } catch (e) {
    throw new ArticleFileError(file, (e as Error).message);
  }
  return RawArticle.parse({
    file,
    title: meta.title ? normalizeText(meta.title).trim() : firstLine(text),
    text,
    published,
    outlet: meta.outlet ?? null,
    url: meta.url ?? null,
    // The metadata's language wins; otherwise the text says which it is.
    language: meta.language ?? detectLanguage(text),
  });
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'invalid';
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

function parseText(file: string, content: string, defaults: ArticleDefaults): RawArticle {
  const text = normalizeText(content);
  const fm = FRONT_MATTER.exec(text);
  if (!fm) return build(file, {}, text, defaults);
  let data: unknown;
  try {
    data = parseYaml(fm[1]!) ?? {};
  } catch (e) {
    throw new ArticleFileError(file, `front matter is not valid YAML: ${oneLine((e as Error).message)}`);
  }
  const meta = Metadata.safeParse(data);
  if (!meta.success) throw new ArticleFileError(file, `front matter ${describe(meta.error)}`);
  return build(file, meta.data, text.slice(fm[0].length), defaults);
}

function parseJsonArticle(file: string, value: unknown, where: string, defaults: ArticleDefaults): RawArticle {
  const parsed = JsonArticle.safeParse(value);
  if (!parsed.success) throw new ArticleFileError(file, `${where}${describe(parsed.error)}`);
  return build(file, parsed.data, parsed.data.text, defaults);
}

function oneLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/** `.jsonl` / `.ndjson`: one article a line, which a reader may stream line by line. */
export const isJsonLines = (fileName: string): boolean => /\.(jsonl|ndjson)$/i.test(fileName);

/**
 * One line of a JSON Lines file (`lineNo` counts from 1, for the error message). Throws
 * `ArticleFileError` naming the file and the line.
 */
export function parseJsonLine(fileName: string, line: string, lineNo: number, defaults: ArticleDefaults = {}): RawArticle {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (e) {
    throw new ArticleFileError(fileName, `line ${lineNo}: not valid JSON: ${oneLine((e as Error).message)}`);
  }
  return parseJsonArticle(fileName, data, `line ${lineNo}: `, defaults);
}

/**
 * Raw articles in one file's content. Throws `ArticleFileError` with a one-line message.
 * `defaults` (e.g. from a manifest) fill metadata the file itself does not give.
 */
export function parseArticleFile(fileName: string, rawContent: string, defaults: ArticleDefaults = {}): RawArticle[] {
  const content = rawContent.replace(/^\uFEFF/, '');
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'md' || ext === 'markdown') return [parseText(fileName, content, defaults)];
  if (ext === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (e) {
      throw new ArticleFileError(fileName, `not valid JSON: ${oneLine((e as Error).message)}`);
    }
    if (Array.isArray(data)) return data.map((item, i) => parseJsonArticle(fileName, item, `item ${i}: `, defaults));
    return [parseJsonArticle(fileName, data, '', defaults)];
  }
  if (isJsonLines(fileName)) {
    const out: RawArticle[] = [];
    content.split(/\r?\n/).forEach((line, i) => {
      if (line.trim()) out.push(parseJsonLine(fileName, line, i + 1, defaults));
    });
    if (!out.length) throw new ArticleFileError(fileName, 'no articles in the file');
    return out;
  }
  throw new ArticleFileError(fileName, `unsupported file type (expected .txt, .md, .json or .jsonl)`);
}
