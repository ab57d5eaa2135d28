/**
 * Reading article files from disk: paths or directories (recursively) → raw articles, with the
 * metadata of a `manifest.json` beside them. Each file succeeds or fails on its own.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { ArticleFileError, parseArticleFile, type RawArticle } from '../core/read/parse-article-file.ts';
import { MANIFEST_FILE, manifestDefaults, parseManifest, type Manifest } from '../core/read/manifest.ts';

export type ReadResult = { ok: true; article: RawArticle } | { ok: false; file: string; error: string };

export interface ReadOptions {
  /** Files larger than this are refused (default 5 MB). */
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
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

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
    const message = e instanceof ArticleFileError ? e.message : `${file}: ${(e as Error).message}`;
    return [{ ok: false, file, error: message.split('\n')[0]! }];
  }
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

/**
 * Reads articles from files and directories (recursively: .txt, .md, .json, .jsonl; manifest.json is
 * metadata, not an article), and "-" for standard input. One result per article, or one error per
 * file that cannot be read.
 */
export async function readArticleFiles(paths: string[], options: ReadOptions = {}): Promise<ReadResult[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const manifests = new Map<string, Promise<Manifest | null>>();
  const results: ReadResult[] = [];
  for (const path of paths) {
    if (path === STDIN_PATH) {
      results.push(...(await readStdinArticle(maxBytes, options.stdin ?? readStdin)));
      continue;
    }
    let files: string[];
    try {
      const info = await stat(path);
      files = info.isDirectory() ? await listFiles(path) : [path];
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file or directory' : (e as Error).message.split('\n')[0]!;
      results.push({ ok: false, file: path, error: `${path}: ${reason}` });
      continue;
    }
    for (const file of files) results.push(...(await readOne(file, maxBytes, manifests)));
  }
  return results;
}
