/**
 * The @neo4j/graphql baseline server: `npx tsx bench/baseline/server.ts --neo4j bolt://127.0.0.1:7731`.
 * graphql-yoga on node:http, listening on 127.0.0.1 (port 0 = any free one); prints one JSON line
 * `{"url": …}` on stdout when ready. Run as a child process of the API benchmark.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { baselineTypeDefs } from './type-defs.ts';

const { values } = parseArgs({ options: { neo4j: { type: 'string', default: 'bolt://127.0.0.1:7731' }, port: { type: 'string', default: '0' } } });
const driver = neo4j.driver(values.neo4j!, undefined, { maxConnectionPoolSize: 100 });
const schema = await new Neo4jGraphQL({ typeDefs: baselineTypeDefs, driver }).getSchema();
// No logging, no GraphiQL, no masking overhead beyond yoga's defaults: the library as a user would serve it.
const yoga = createYoga({ schema, graphiql: false, logging: false });
const server = createServer(yoga);
server.keepAliveTimeout = 65_000;
server.listen(Number(values.port), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}/graphql` })}\n`);
});
const stop = () => {
  server.close();
  void driver.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
