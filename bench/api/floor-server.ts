/**
 * The floor: the same questions as one hand-written Cypher statement each (bench/api/floor/*.cypher),
 * one round trip through neo4j-driver in a read transaction, the records serialised as JSON over a
 * bare node:http server. No GraphQL. `npx tsx bench/api/floor-server.ts --neo4j bolt://…` prints
 * `{"url": …}` when ready; POST /<shape> with the parameters as the JSON body.
 */
import neo4j from 'neo4j-driver';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { neo4j: { type: 'string', default: 'bolt://127.0.0.1:7731' } } });
const driver = neo4j.driver(values.neo4j!, undefined, { maxConnectionPoolSize: 100 });
const dir = new URL('./floor/', import.meta.url);
const statements = new Map(readdirSync(dir).filter((f) => f.endsWith('.cypher')).map((f) => [f.replace(/\.cypher$/, ''), readFileSync(new URL(f, dir), 'utf8')]));

/** Integers in parameters must be Neo4j integers where Cypher wants them (LIMIT). */
const toParams = (body: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));

const server = createServer((req, res) => {
  const statement = statements.get((req.url ?? '').slice(1));
  if (req.method !== 'POST' || !statement) {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    void (async () => {
      try {
        const params = toParams(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>);
        const result = await driver.executeQuery(statement, params, { routing: neo4j.routing.READ });
        const rows = result.records.map((r) => r.toObject());
        const body = JSON.stringify({ data: rows }, (_k, v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : v));
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      } catch (e) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (e as Error).message }] }));
      }
    })();
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
});
const stop = () => {
  server.close();
  void driver.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
