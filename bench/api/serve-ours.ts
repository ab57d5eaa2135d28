/**
 * Our API for the benchmark: `buildApp` from src/http over the bench Neo4j, listening on
 * 127.0.0.1 on a free port, logging at warn (the baseline logs nothing per request either).
 * Prints `{"url": …}` when ready. Run as a child process by bench/api/servers.ts.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.ts';
import { connectGraph } from '../../src/graph/connect.ts';
import { buildApp } from '../../src/http/build-app.ts';

const { values } = parseArgs({ options: { neo4j: { type: 'string', default: 'bolt://127.0.0.1:7731' } } });
const config = loadConfig({ ...process.env, NEO4J_URI: values.neo4j, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn', HOST: '127.0.0.1', PORT: '0' });
const graph = await connectGraph(config);
const app = await buildApp({ config, graph });
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${JSON.stringify({ url: `${address}/graphql` })}\n`);
const stop = async () => {
  await app.close().catch(() => {});
  await graph.close().catch(() => {});
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
