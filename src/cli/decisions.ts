/**
 * `npm run decisions -- export [FILE]` / `import FILE`: the graph's decisions as a file (review them in
 * git, move them to another graph) and back. An import records, in one transaction, the decisions the
 * graph does not hold yet and applies them.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { DecisionEntry } from '../core/decisions/decisions-file.ts';
import type { DecisionRow } from '../core/decisions/decision.ts';
import type { Reference } from '../core/reference.ts';
import type { GraphConnection } from '../graph/connect.ts';
import type { ImportResult } from '../graph/decisions/import.ts';

const HELP = `Usage: npm run --silent decisions -- export [FILE]
       npm run decisions -- import FILE

Decisions are the corrections people make to the graph (merge, split, rename, reject, confirm,
correct, undo: see the mutations in the GraphQL schema). They live in the graph as :Decision nodes
and are replayed on every load; this command moves them in and out as a JSON file, one decision per
line, oldest first (the format of seeds/reference/decisions.json; the old merges.json shape
{ a, b, decision: "same" | "different" } is read too).
  export [FILE]   write every decision (undone ones too, followed by their undo) to FILE, or stdout
  import FILE     record the file's decisions the graph does not hold yet (same id: skipped) and
                  apply them, all in one transaction; a decision about an actor or fact the graph
                  lacks waits for a load to bring it
Options:
  -h, --help      show this help
Uses NEO4J_URI when set, otherwise the local Neo4j (npm run neo4j). Exit code 0 on success, 1 when
the graph cannot be read or written, 2 on a usage error or a file that is not a valid decisions file.`;

export interface DecisionsCliIo {
  stdout: (text: string) => void;
  stderr: (line: string) => void;
  writeFile: (file: string, body: string) => Promise<void>;
}

export interface DecisionsCliDeps {
  connect: () => Promise<GraphConnection>;
  readReference: () => Promise<Reference>;
  readFile: (file: string) => Promise<DecisionEntry[]>;
}

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

export async function runDecisions(argv: string[], io: DecisionsCliIo, deps: DecisionsCliDeps): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    io.stderr(`decisions: ${firstLine(e)}. Try --help.`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  const [command, file, ...rest] = parsed.positionals;
  if ((command !== 'export' && command !== 'import') || rest.length || (command === 'import' && !file)) {
    io.stderr(`decisions: ${command === 'import' ? 'import needs a FILE' : 'give export [FILE] or import FILE'}. Try --help.`);
    return 2;
  }
  let entries: DecisionEntry[] = [];
  if (command === 'import') {
    try {
      entries = await deps.readFile(file!);
    } catch (e) {
      io.stderr(`decisions: ${firstLine(e)}`);
      return 2;
    }
  }
  let graph: GraphConnection;
  try {
    graph = await deps.connect();
  } catch (e) {
    io.stderr(`decisions: cannot connect to Neo4j: ${firstLine(e)}`);
    return 1;
  }
  try {
    const [{ applyMigrations }, { allDecisions }, { importDecisions }, { formatDecisionsFile }] = await Promise.all([
      import('../graph/migrate.ts'), import('../graph/decisions/rows.ts'), import('../graph/decisions/import.ts'), import('../core/decisions/decisions-file.ts'),
    ]);
    await applyMigrations(graph.driver, graph.database);
    const session = graph.driver.session({ database: graph.database });
    try {
      if (command === 'export') {
        const rows: DecisionRow[] = await session.executeRead((tx) => allDecisions(tx));
        const text = formatDecisionsFile(rows);
        if (file && file !== '-') await io.writeFile(file, text);
        else io.stdout(text);
        io.stderr(`decisions: ${rows.length} exported${file && file !== '-' ? ` to ${file}` : ''}`);
      } else {
        const reference = await deps.readReference();
        const result: ImportResult = await session.executeWrite((tx) => importDecisions(tx, entries, { reference }));
        io.stdout(`decisions: ${result.imported} imported, ${result.skipped} already in the graph, ${result.replanned} article(s) planned again\n`);
      }
    } finally {
      await session.close();
    }
    return 0;
  } catch (e) {
    io.stderr(`decisions: ${firstLine(e)}`);
    return 1;
  } finally {
    await graph.close();
  }
}

async function main(): Promise<void> {
  const [{ loadConfig }, { connectGraph }, { readReference, readDecisionsFile }] = await Promise.all([
    import('../config.ts'), import('../graph/connect.ts'), import('../io/read-reference.ts'),
  ]);
  process.exitCode = await runDecisions(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (l) => process.stderr.write(`${l}\n`),
    writeFile: (f, body) => writeFile(f, body, 'utf8'),
  }, { connect: () => connectGraph(loadConfig()), readReference: () => readReference(), readFile: (f) => readDecisionsFile(f) });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
