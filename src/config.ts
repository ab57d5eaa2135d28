/** Environment parsed once with zod into a frozen Config. Behaviour never branches on NODE_ENV. */
import { z } from 'zod';

const Env = z.object({
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  LOCAL_NEO4J_INSTANCE: z.string().regex(/^[a-z0-9-]+$/).default('dev'),
  LOCAL_NEO4J_PORT: z.coerce.number().int().min(1024).max(65535).default(7688),
  LOCAL_NEO4J_HEAP: z.string().regex(/^\d+[mg]$/).default('1g'),
  LOCAL_NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/).default('512m'),
  LOCAL_NEO4J_GC: z.enum(['g1', 'parallel']).default('g1'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Blank means unset (docker-compose passes `${API_TOKEN:-}`).
  API_TOKEN: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(8).optional()),
  /** `alice:TOKEN,bob:TOKEN`: one bearer token per editor; the editor's name goes on their decisions. */
  API_TOKENS: z.string().optional(),
  QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  MAX_PAGE_SIZE: z.coerce.number().int().positive().default(100),
});

export interface ApiToken {
  editor: string;
  token: string;
}

/** The editor name that decisions made with `API_TOKEN` (not `API_TOKENS`) record. */
export const DEFAULT_EDITOR = 'api';

const EDITOR = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

/** `alice:TOKEN,bob:TOKEN` plus API_TOKEN → the token list; a list of problems when it is malformed. */
export function parseApiTokens(list: string | undefined, single: string | undefined): { tokens: ApiToken[]; problems: string[] } {
  const tokens: ApiToken[] = [];
  const problems: string[] = [];
  for (const [i, raw] of (list ?? '').split(',').map((s) => s.trim()).entries()) {
    if (!raw) continue;
    const colon = raw.indexOf(':');
    const editor = colon > 0 ? raw.slice(0, colon) : '';
    const token = colon > 0 ? raw.slice(colon + 1) : '';
    if (!EDITOR.test(editor)) problems.push(`API_TOKENS entry ${i + 1}: give editor:token, the editor 1-64 letters, digits or ._@-`);
    else if (token.length < 8) problems.push(`API_TOKENS entry ${i + 1} (${editor}): the token must have at least 8 characters`);
    else tokens.push({ editor, token });
  }
  if (single) tokens.push({ editor: DEFAULT_EDITOR, token: single });
  const seen = new Set<string>();
  for (const t of tokens) {
    if (seen.has(t.token)) problems.push(`API_TOKENS: a token is given twice (editor ${t.editor}); each editor needs their own`);
    seen.add(t.token);
  }
  return { tokens, problems };
}

export interface LocalNeo4jConfig {
  instance: string;
  port: number;
  heap: string;
  pageCache: string;
  /** The JVM's garbage collector: G1 (Neo4j's default) or Parallel (more throughput, longer pauses). */
  gc?: 'g1' | 'parallel';
}

export interface Config {
  neo4j: { uri: string; user: string; password: string | undefined; database: string | undefined } | null;
  localNeo4j: LocalNeo4jConfig;
  http: { host: string; port: number };
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  /** Bearer tokens for the mutations, each with the editor name decisions record (API_TOKEN's editor is "api"). */
  apiTokens: ApiToken[];
  queryTimeoutMs: number;
  maxPageSize: number;
}

/** Throws one readable error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const { tokens, problems } = parseApiTokens(e.API_TOKENS, e.API_TOKEN);
  if (problems.length) throw new Error(`Invalid environment:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return Object.freeze({
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : null,
    localNeo4j: { instance: e.LOCAL_NEO4J_INSTANCE, port: e.LOCAL_NEO4J_PORT, heap: e.LOCAL_NEO4J_HEAP, pageCache: e.LOCAL_NEO4J_PAGECACHE, gc: e.LOCAL_NEO4J_GC },
    http: { host: e.HOST, port: e.PORT },
    logLevel: e.LOG_LEVEL,
    apiTokens: tokens,
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    maxPageSize: e.MAX_PAGE_SIZE,
  });
}
