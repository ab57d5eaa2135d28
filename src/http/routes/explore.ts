/**
 * The researchers' routes as one plugin: the explorer page at /explore (the bundle built by
 * `npm run build:explorer` into public/build/explorer/) and the exports under /export/.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { GraphHandle } from '../graph-access.ts';
import { exportRoutes } from './export.ts';

export const explorerDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../public/build/explorer');

const ASSETS: Readonly<Record<string, string>> = {
  'explorer.js': 'text/javascript; charset=utf-8',
  'explorer.css': 'text/css; charset=utf-8',
};

export interface ExplorerRoutesOptions {
  graph: GraphHandle;
  queryTimeoutMs: number;
  /** Where the built page is (tests may point elsewhere). */
  dir?: string;
}

export async function explorerRoutes(app: FastifyInstance, opts: ExplorerRoutesOptions): Promise<void> {
  const dir = opts.dir ?? explorerDir;
  const send = async (file: string, type: string, reply: FastifyReply) => {
    const body = await readFile(path.join(dir, file)).catch(() => null);
    if (!body) {
      return reply.code(503).type('text/plain; charset=utf-8')
        .send('The explorer page is not built: run `npm run build:explorer` (npm start does it for you).\n');
    }
    // The page loads nothing from other origins: no CDN, no external fonts.
    return reply
      .header('content-security-policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'")
      .header('cache-control', 'no-cache')
      .type(type)
      .send(body);
  };
  app.get('/explore', (_req, reply) => send('index.html', 'text/html; charset=utf-8', reply));
  app.get('/explore/', (_req, reply) => send('index.html', 'text/html; charset=utf-8', reply));
  app.get<{ Params: { file: string } }>('/explore/:file', (req, reply) => {
    const type = ASSETS[req.params.file];
    if (!type) return reply.code(404).send({ error: 'NOT_FOUND' });
    return send(req.params.file, type, reply);
  });
  await app.register(exportRoutes, { graph: opts.graph, queryTimeoutMs: opts.queryTimeoutMs });
}
