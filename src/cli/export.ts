/**
 * `npm run --silent export -- --format gexf|graphml|csv|json|cyjs [filters] [--out FILE|DIR]` — the
 * graph (or a filtered part of it) for Gephi, Cytoscape, notebooks and spreadsheets.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { parseExportFilter } from '../core/export/filter.ts';
import { serializeNetwork } from '../core/export/serialize.ts';
import { EXPORT_FORMATS, type ExportFilter, type ExportFormat, type ExportNetwork } from '../core/export/types.ts';

const HELP = `Usage: npm run --silent export -- --format FORMAT [options]

Exports actors and the relations and pledges between them, with evidence counts and dates.
Formats:
  gexf      GEXF 1.3, dynamic (start/end dates) for Gephi's timeline
  graphml   GraphML with typed attributes (yEd, Gephi, networkx, igraph)
  csv       nodes.csv + edges.csv (needs --out DIR)
  json      graphology JSON (Graph.from / graph.import)
  cyjs      Cytoscape.js / Cytoscape desktop JSON
Options:
  -f, --format FORMAT   one of ${EXPORT_FORMATS.join(', ')} (required)
      --sector ID       only facts touching this sector or its sub-sectors (e.g. semiconductors)
      --country ID      only facts with an end that is this country or based in it (e.g. south-korea)
      --types LIST      comma-separated relation types and/or PLEDGE (e.g. INVESTS_IN,PLEDGE)
      --since DATE      only facts dated on or after DATE (2024, 2024-06 or 2024-06-25)
      --until DATE      only facts dated on or before DATE
      --include-rejected  also facts a person rejected (left out by default; edges carry \`review\`)
  -o, --out PATH        file to write (a directory for csv); default: stdout
  -h, --help            show this help
Connects to NEO4J_URI when set, else to the local Neo4j (npm run neo4j). Exit code 0 on success,
1 when the graph cannot be read, 2 on a usage error.`;

export interface ExportIo {
  stdout: (text: string) => void;
  stderr: (line: string) => void;
  writeFile: (file: string, body: string) => Promise<void>;
  isDirectory: (p: string) => Promise<boolean>;
}

export type ReadNetwork = (filter: ExportFilter) => Promise<ExportNetwork>;

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

/** Runs the command; `openGraph` is called only when there is work. Resolves to the exit code. */
export async function runExport(argv: string[], io: ExportIo, openGraph: () => Promise<{ read: ReadNetwork; close: () => Promise<void> }>): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', short: 'f' }, sector: { type: 'string' }, country: { type: 'string' }, types: { type: 'string' },
        since: { type: 'string' }, until: { type: 'string' }, 'include-rejected': { type: 'boolean' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    io.stderr(`export: ${firstLine(e)}\nTry --help.`);
    return 2;
  }
  if (values.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) {
    io.stderr(`export: --format must be one of ${EXPORT_FORMATS.join(', ')}\nTry --help.`);
    return 2;
  }
  const parsed = parseExportFilter({ sector: values.sector, country: values.country, types: values.types, since: values.since, until: values.until, includeRejected: values['include-rejected'] });
  if (!parsed.ok) {
    io.stderr(`export: ${parsed.error}`);
    return 2;
  }
  if (format === 'csv' && !values.out) {
    io.stderr('export: csv writes two files (nodes.csv, edges.csv): give --out DIR');
    return 2;
  }
  let network: ExportNetwork;
  try {
    const graph = await openGraph();
    try {
      network = await graph.read(parsed.filter);
    } finally {
      await graph.close();
    }
  } catch (e) {
    io.stderr(`export: cannot read the graph: ${firstLine(e)}`);
    return 1;
  }
  const files = serializeNetwork(network, format);
  const out = values.out;
  if (!out) {
    io.stdout(files[0]!.body);
  } else if (files.length > 1 || (await io.isDirectory(out))) {
    for (const f of files) await io.writeFile(path.join(out, f.name), f.body);
  } else {
    await io.writeFile(out, files[0]!.body);
  }
  const where = out ? ` → ${files.length > 1 || (await io.isDirectory(out)) ? files.map((f) => path.join(out, f.name)).join(', ') : out}` : '';
  io.stderr(`export: ${network.nodes.length} actors, ${network.edges.length} relations and pledges (${format})${where}`);
  return 0;
}

async function main(): Promise<void> {
  const io: ExportIo = {
    stdout: (t) => process.stdout.write(t),
    stderr: (l) => process.stderr.write(`${l}\n`),
    writeFile: async (file, body) => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, body, 'utf8');
    },
    isDirectory: async (p) => (await stat(p).catch(() => null))?.isDirectory() ?? false,
  };
  const code = await runExport(process.argv.slice(2), io, async () => {
    const [{ loadConfig }, { connectGraph }, { readExportNetwork }] = await Promise.all([
      import('../config.ts'), import('../graph/connect.ts'), import('../graph/read/export-network.ts'),
    ]);
    const conn = await connectGraph(loadConfig());
    return {
      read: async (filter) => {
        const session = conn.driver.session({ database: conn.database, defaultAccessMode: 'READ' });
        try {
          return await session.executeRead((tx) => readExportNetwork(tx, filter));
        } finally {
          await session.close();
        }
      },
      close: () => conn.close(),
    };
  });
  process.exitCode = code;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
