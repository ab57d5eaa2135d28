import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { ArticleWriter, DecisionWriter } from '../gql/context.ts';
import type { CypherObserver, GraphHandle } from './graph-access.ts';
import { registerGraphqlRoute } from './graphql-route.ts';
import { registerHealthRoutes } from './health-routes.ts';
import { createArticleWriter } from './article-writer.ts';
import { createDecisionWriter } from './decision-writer.ts';
import { explorerRoutes } from './routes/explore.ts';

export interface BuildAppOptions {
  config: Readonly<Config>;
  graph: GraphHandle;
  /** Defaults to the real extractor + loader; tests may pass their own. */
  writer?: ArticleWriter;
  /** Defaults to the real decisions (re-planning with the real extractor); tests may pass their own. */
  decisions?: DecisionWriter;
  /** Sees every Cypher statement the API reads with (tests count them). */
  onCypher?: CypherObserver;
  /** Fastify logger setting; defaults to the configured level. */
  logger?: boolean | { level: string };
}

/** The API as a fastify instance that does not listen: call `listen` (serve.ts) or `inject` (tests). */
export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const { config, graph } = opts;
  const app = Fastify({
    logger: opts.logger ?? { level: config.logLevel },
    // Room for a 200k-character article in UTF-8 JSON; the mutation checks the text length itself.
    bodyLimit: 1024 * 1024,
  });
  registerHealthRoutes(app, graph);
  registerGraphqlRoute(app, {
    graph,
    writer: opts.writer ?? createArticleWriter(graph),
    decisions: opts.decisions ?? createDecisionWriter(graph),
    apiTokens: config.apiTokens,
    queryTimeoutMs: config.queryTimeoutMs,
    maxPageSize: config.maxPageSize,
    onCypher: opts.onCypher,
  });
  await app.register(explorerRoutes, { graph, queryTimeoutMs: config.queryTimeoutMs });
  await app.ready();
  return app;
}
