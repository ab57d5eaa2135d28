import type { FastifyInstance } from 'fastify';
import { pingGraph, type GraphHandle } from './graph-access.ts';

const READY_TIMEOUT_MS = 2000;

/** `/health`: the process is up. `/ready`: it can serve, i.e. Neo4j answers (503 otherwise). */
export function registerHealthRoutes(app: FastifyInstance, graph: GraphHandle): void {
  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (_req, reply) => {
    const ok = await pingGraph(graph, READY_TIMEOUT_MS);
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ready' : 'unavailable', neo4j: ok });
  });
}
