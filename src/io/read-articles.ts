/**
 * Reading article files from disk: paths or directories (recursively) → raw articles, with the
 * metadata of a `manifest.json` beside them. Each file succeeds or fails on its own, and each line of
 * a JSON Lines file on its own: those are streamed, so a corpus of any size is read with bounded
 * memory and the size cap applies per article, not per file.
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { ArticleFileError, isJsonLines, parseArticleFile, parseJsonLine, type ArticleDefaults, type RawArticle } from '../core/read/parse-article-file.ts';
import { MANIFEST_FILE, manifestDefaults, parseManifest, type Manifest } from '../core/read/manifest.ts';
import { splitLines } from './jsonl-lines.ts';

export type ReadResult = { ok: true; article: RawArticle } | { ok: false; file: string; error: string };

/** What a path given on the command line expands to, in reading order. */
export type InputEntry =
  | { kind: 'file'; path: string; size: number }
  | { kind: 'stdin' }
  | { kind: 'missing'; path: string; error: string };

/** One article (or one error) read, and where the reader stands. */
export interface ReadEvent {
  result: ReadResult;
  /** The file, `file:line` for a line of a JSON Lines file, or `-`. */
  where: string;
  /** Index into the entries being read. */
  entry: number;
  /** The line of a JSON Lines file this came from; null for whole files. */
  line: number | null;
  /** Bytes of all the entries consumed so far (for a progress bar over `totalBytes`). */
  bytesDone: number;
}

export interface ReadOptions {
  /** Files larger than this are refused (default 5 MB); in a JSON Lines file, lines larger than this. */
  maxBytes?: number;
  /** Where the path "-" reads from (default: this process's stdin). */
  stdin?: () => Promise<Buffer>;
}

/** The path that stands for standard input: its content is read as a `.txt` article. */
export const STDIN_PATH = '-';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.json', '.jsonl']);
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Read size for JSON Lines files: large enough to be cheap, small enough to keep memory flat. */
const STREAM_CHUNK = 1024 * 1024;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    // Hidden folders (.git) and dependencies are never article collections.
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') out.push(...(await listFiles(path)));
    else if (entry.isFile() && entry.name !== MANIFEST_FILE && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
  return out;
}

/** The manifest beside a file, read once per directory; null when there is none. */
async function manifestFor(file: string, cache: Map<string, Promise<Manifest | null>>): Promise<Manifest | null> {
  const dir = dirname(file);
  let pending = cache.get(dir);
  if (!pending) {
    pending = readFile(join(dir, MANIFEST_FILE), 'utf8').then(
      (content) => {
        try {
          return parseManifest(content);
        } catch (e) {
          throw new Error(`${join(dir, MANIFEST_FILE)}: ${(e as Error).message}`, { cause: e });
        }
      },
      (e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return null;
        throw e;
      },
    );
    cache.set(dir, pending);
  }
  return pending;
}

/** Decodes a file's bytes, refusing what is not a text article. Throws ArticleFileError. */
function decode(file: string, bytes: Buffer, maxBytes: number): string {
  if (bytes.length > maxBytes) throw new ArticleFileError(file, `file is too large (${bytes.length} bytes; the limit is ${maxBytes})`);
  // Windows tools save "Unicode" text as UTF-16 with a byte-order mark: read it rather than refuse it.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (!utf16 && bytes.includes(0)) throw new ArticleFileError(file, 'file is binary (it contains NUL bytes)');
  let content: string;
  try {
    content = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleFileError(file, `file is not valid ${utf16 ? 'UTF-16' : 'UTF-8'}`);
  }
  if (!content.replace(/^\uFEFF/, '').trim()) throw new ArticleFileError(file, 'file is empty');
  return content;
}

async function readOne(file: string, maxBytes: number, manifests: Map<string, Promise<Manifest | null>>): Promise<ReadResult[]> {
  try {
    const bytes = await readFile(file);
    const content = decode(file, bytes, maxBytes);
    const defaults = manifestDefaults(await manifestFor(file, manifests), basename(file));
    return parseArticleFile(file, content, defaults).map((article) => ({ ok: true as const, article }));
  } catch (e) {
    return [{ ok: false, file, error: oneLineError(file, e) }];
  }
}

const oneLineError = (file: string, e: unknown) =>
  (e instanceof ArticleFileError ? e.message : `${file}: ${(e as Error).message}`).split('\n')[0]!;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One line of a JSON Lines file → an article; throws ArticleFileError naming the file and line. */
function parseLine(file: string, lineNo: number, bytes: Buffer, defaults: ArticleDefaults): RawArticle | null {
  if (bytes.includes(0)) throw new ArticleFileError(file, `line ${lineNo}: binary (it contains NUL bytes)`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ArticleFileError(file, `line ${lineNo}: not valid UTF-8`);
  }
  if (lineNo === 1) text = text.replace(/^\uFEFF/, '');
  return text.trim() ? parseJsonLine(file, text, lineNo, defaults) : null;
}

interface LineRead {
  result: ReadResult;
  line: number | null;
  offset: number;
}

/**
 * A JSON Lines file, streamed: one result per non-blank line. UTF-16 files (rare, from Windows
 * tools) cannot be split on bytes and are read whole, with the file size cap.
 */
async function* streamJsonLines(file: string, maxBytes: number, manifests: Map<string, Promise<Manifest | null>>): AsyncGenerator<LineRead> {
  let defaults: ArticleDefaults;
  try {
    defaults = manifestDefaults(await manifestFor(file, manifests), basename(file));
  } catch (e) {
    yield { result: { ok: false, file, error: oneLineError(file, e) }, line: null, offset: 0 };
    return;
  }
  const stream = createReadStream(file, { highWaterMark: STREAM_CHUNK });
  let articles = 0;
  let offset = 0;
  try {
    for await (const { lineNo, bytes, size, offset: end } of splitLines(stream as AsyncIterable<Buffer>, maxBytes)) {
      offset = end;
      if (lineNo === 1 && bytes && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        stream.destroy();
        for (const result of await readOne(file, maxBytes, manifests)) yield { result, line: null, offset: 0 };
        return;
      }
      let result: ReadResult | null;
      try {
        if (!bytes) throw new ArticleFileError(file, `line ${lineNo} is too large (${size} bytes; the limit is ${maxBytes})`);
        const article = parseLine(file, lineNo, bytes, defaults);
        result = article && { ok: true, article };
      } catch (e) {
        result = { ok: false, file, error: oneLineError(file, e) };
      }
      if (!result) continue;
      if (result.ok) articles += 1;
      yield { result, line: lineNo, offset };
    }
  } catch (e) {
    yield { result: { ok: false, file, error: oneLineError(file, e) }, line: null, offset };
    return;
  } finally {
    stream.destroy();
  }
  if (!articles && offset === 0) yield { result: { ok: false, file, error: `${file}: file is empty` }, line: null, offset };
  else if (!articles) yield { result: { ok: false, file, error: `${file}: no articles in the file` }, line: null, offset };
}

async function readStdinArticle(maxBytes: number, read: () => Promise<Buffer>): Promise<ReadResult[]> {
  const name = 'stdin.txt';
  try {
    const content = decode(name, await read(), maxBytes);
    return parseArticleFile(name, content).map((article) => ({ ok: true as const, article: { ...article, file: null } }));
  } catch (e) {
    return [{ ok: false, file: STDIN_PATH, error: (e as Error).message.split('\n')[0]! }];
  }
}

/** Expands paths (directories recursively: .txt, .md, .json, .jsonl; manifest.json is metadata) into entries with their sizes. */
export async function listArticleInputs(paths: readonly string[]): Promise<InputEntry[]> {
  const entries: InputEntry[] = [];
  for (const path of paths) {
    if (path === STDIN_PATH) {
      entries.push({ kind: 'stdin' });
      continue;
    }
    try {
      const info = await stat(path);
      if (!info.isDirectory()) {
        entries.push({ kind: 'file', path, size: info.size });
        continue;
      }
      for (const file of await listFiles(path)) entries.push({ kind: 'file', path: file, size: (await stat(file)).size });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file or directory' : (e as Error).message.split('\n')[0]!;
      entries.push({ kind: 'missing', path, error: `${path}: ${reason}` });
    }
  }
  return entries;
}

/** The bytes a progress bar over these entries goes up to. */
export const totalBytes = (entries: readonly InputEntry[]): number => entries.reduce((n, e) => n + (e.kind === 'file' ? e.size : 0), 0);

/**
 * Reads the entries one article at a time: whole files one by one (with the size cap), JSON Lines
 * files line by line. Nothing is read ahead of what the consumer asks for.
 */
export async function* streamArticles(entries: readonly InputEntry[], options: ReadOptions = {}): AsyncGenerator<ReadEvent> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const manifests = new Map<string, Promise<Manifest | null>>();
  let before = 0;
  for (const [index, entry] of entries.entries()) {
    if (entry.kind === 'missing') {
      yield { result: { ok: false, file: entry.path, error: entry.error }, where: entry.path, entry: index, line: null, bytesDone: before };
      continue;
    }
    if (entry.kind === 'stdin') {
      for (const result of await readStdinArticle(maxBytes, options.stdin ?? readStdin)) {
        yield { result, where: STDIN_PATH, entry: index, line: null, bytesDone: before };
      }
      continue;
    }
    const file = entry.path;
    if (isJsonLines(file)) {
      for await (const { result, line, offset } of streamJsonLines(file, maxBytes, manifests)) {
        yield { result, where: line === null ? file : `${file}:${line}`, entry: index, line, bytesDone: before + Math.min(offset, entry.size) };
      }
    } else {
      for (const result of await readOne(file, maxBytes, manifests)) {
        yield { result, where: file, entry: index, line: null, bytesDone: before + entry.size };
      }
    }
    before += entry.size;
  }
}

/**
 * Reads articles from files and directories (recursively: .txt, .md, .json, .jsonl; manifest.json is
 * metadata, not an article), and "-" for standard input. One result per article, or one error per
 * file (or JSON Lines line) that cannot be read. Holds everything in memory: for big corpora, use
 * `listArticleInputs` + `streamArticles`.
 */
export async function readArticleFiles(paths: string[], options: ReadOptions = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const { result } of streamArticles(await listArticleInputs(paths), options)) results.push(result);
  return results;
}
