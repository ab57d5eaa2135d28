/** GET /export/network.{gexf,graphml,json,cyjs}, /export/{nodes,edges}.csv — filtered by query string. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseExportFilter } from '../../core/export/filter.ts';
import { serializeNetwork } from '../../core/export/serialize.ts';
import type { ExportFormat } from '../../core/export/types.ts';
import { readExportNetwork } from '../../graph/read/export-network.ts';
import { createReadFn, type GraphHandle } from '../graph-access.ts';

export interface ExportRoutesOptions {
  graph: GraphHandle;
  queryTimeoutMs: number;
}

const ROUTES: ReadonlyArray<{ path: string; format: ExportFormat; file: string }> = [
  { path: '/export/network.gexf', format: 'gexf', file: 'network.gexf' },
  { path: '/export/network.graphml', format: 'graphml', file: 'network.graphml' },
  { path: '/export/network.json', format: 'json', file: 'network.json' },
  { path: '/export/network.cyjs', format: 'cyjs', file: 'network.cyjs' },
  { path: '/export/nodes.csv', format: 'csv', file: 'nodes.csv' },
  { path: '/export/edges.csv', format: 'csv', file: 'edges.csv' },
];

export async function exportRoutes(app: FastifyInstance, opts: ExportRoutesOptions): Promise<void> {
  // Exports read the whole filtered graph: allow more than one API query's time.
  const read = createReadFn(opts.graph, opts.queryTimeoutMs * 6);
  for (const route of ROUTES) {
    app.get(route.path, async (req: FastifyRequest, reply: FastifyReply) => {
      const parsed = parseExportFilter(req.query as Record<string, unknown>);
      if (!parsed.ok) return reply.code(400).send({ error: 'BAD_USER_INPUT', message: parsed.error });
      const network = await read((tx) => readExportNetwork(tx, parsed.filter));
      const file = serializeNetwork(network, route.format).find((f) => f.name === route.file);
      if (!file) throw new Error(`no ${route.file} in the ${route.format} export`);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .header('x-export-nodes', String(network.nodes.length))
        .header('x-export-edges', String(network.edges.length))
        .send(file.body);
    });
  }
}
