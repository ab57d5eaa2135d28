/** graphql-yoga mounted on fastify as its docs show, with GraphiQL bundled (no CDN). */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createYoga } from 'graphql-yoga';
import { createContext, type ArticleWriter, type DecisionWriter } from '../gql/context.ts';
import type { ApiToken } from '../config.ts';
import { buildSchema } from '../gql/schema.ts';
import { DEFAULT_GRAPHIQL_QUERY } from './default-query.ts';
import { createReadFn, type CypherObserver, type GraphHandle } from './graph-access.ts';
import { armorPlugins } from './protection.ts';
import { editorForToken } from './token.ts';

export interface GraphqlRouteOptions {
  graph: GraphHandle;
  writer: ArticleWriter;
  decisions: DecisionWriter;
  apiTokens: readonly ApiToken[];
  queryTimeoutMs: number;
  maxPageSize: number;
  onCypher?: CypherObserver;
}

export function registerGraphqlRoute(app: FastifyInstance, opts: GraphqlRouteOptions): void {
  const read = createReadFn(opts.graph, opts.queryTimeoutMs, opts.onCypher);
  const yoga = createYoga<{ req: FastifyRequest; reply: FastifyReply }>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // Unexpected errors become "Unexpected error." whatever NODE_ENV says; coded GraphQLErrors pass.
    maskedErrors: { isDev: false },
    plugins: armorPlugins(),
    graphiql: { title: 'Vietnam tech-partnership graph', defaultQuery: DEFAULT_GRAPHIQL_QUERY },
    renderGraphiQL,
    logging: {
      debug: (...args) => app.log.debug(args.map(String).join(' ')),
      info: (...args) => app.log.info(args.map(String).join(' ')),
      warn: (...args) => app.log.warn(args.map(String).join(' ')),
      error: (...args) => app.log.error(args.map(String).join(' ')),
    },
    context: ({ request }) => createContext({
      read,
      editor: editorForToken(request.headers.get('authorization'), opts.apiTokens),
      writer: opts.writer,
      decisions: opts.decisions,
      maxPageSize: opts.maxPageSize,
    }),
  });

  app.route({
    url: yoga.graphqlEndpoint,
    method: ['GET', 'POST', 'OPTIONS'],
    handler: async (req, reply) => {
      const response = await yoga.handleNodeRequestAndResponse(req, reply, { req, reply });
      response.headers.forEach((value, key) => {
        reply.header(key, value);
      });
      reply.status(response.status);
      reply.send(response.body);
      return reply;
    },
  });
}
