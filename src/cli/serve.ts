/** `npm run serve` / `npm start`: the GraphQL API on HOST:PORT over the configured (or local) Neo4j. */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { connectGraph } from '../graph/connect.ts';
import { ensureSeedsLoaded } from '../graph/load/ensure-seeds.ts';
import { applyMigrations } from '../graph/migrate.ts';
import { buildApp } from '../http/build-app.ts';

const HELP = `Usage: npm run serve [-- --load-seeds]   (npm start = serve --load-seeds)

Serves GraphQL at http://HOST:PORT/graphql (GraphiQL in a browser), /health and /ready.
Uses NEO4J_URI when set; otherwise starts (or reuses) the local Neo4j. Applies the schema first.
Options:
  --load-seeds   load the seed articles into the graph (skipped when already loaded)
  -h, --help     this text
Environment: HOST, PORT, NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE, API_TOKEN or
API_TOKENS=alice:TOKEN,bob:TOKEN (enable mutations), QUERY_TIMEOUT_MS, MAX_PAGE_SIZE, LOG_LEVEL.`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { 'load-seeds': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const config = loadConfig();
  const graph = await connectGraph(config);
  const app = await buildApp({ config, graph });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing`);
    await app.close().catch((err: unknown) => app.log.error(err));
    await graph.close().catch((err: unknown) => app.log.error(err));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await applyMigrations(graph.driver, graph.database);
  if (values['load-seeds']) await ensureSeedsLoaded(graph.driver, { database: graph.database, log: (line) => app.log.info(line) });
  const address = await app.listen({ host: config.http.host, port: config.http.port });
  app.log.info(`GraphQL at ${address}/graphql (Neo4j ${graph.uri})`);
  return -1;
}

main().then(
  (code) => { if (code >= 0) process.exit(code); },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
