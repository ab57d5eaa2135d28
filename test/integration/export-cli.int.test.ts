import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { createTestDriver, resetGraph } from '../support/neo4j.ts';
import { loadSeedGraph } from './export-seed-graph.ts';
import { runExport, type ExportIo } from '../../src/cli/export.ts';
import { readExportNetwork } from '../../src/graph/read/export-network.ts';

let driver: Driver;
let dir: string;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: ExportIo = {
    stdout: (t) => out.push(t),
    stderr: (l) => err.push(l),
    writeFile: (f, b) => writeFile(f, b, 'utf8'),
    isDirectory: async (p) => (await stat(p).catch(() => null))?.isDirectory() ?? false,
  };
  return { io, out, err };
}

let opened = 0;
const openGraph = async () => {
  opened++;
  return {
    read: async (filter: Parameters<typeof readExportNetwork>[1]) => {
      const session = driver.session({ defaultAccessMode: 'READ' });
      try {
        return await session.executeRead((tx) => readExportNetwork(tx, filter));
      } finally {
        await session.close();
      }
    },
    close: async () => {},
  };
};

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver);
  await loadSeedGraph(driver);
  dir = await mkdtemp(path.join(tmpdir(), 'export-cli-'));
});

afterAll(async () => {
  await driver?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm run export', () => {
  it('--help prints usage without touching the graph', async () => {
    const c = capture();
    const before = opened;
    expect(await runExport(['--help'], c.io, openGraph)).toBe(0);
    expect(c.out.join('')).toMatch(/--format FORMAT/);
    expect(opened).toBe(before);
  });

  it('rejects a bad format, a bad date and csv without --out with exit code 2', async () => {
    for (const args of [['--format', 'xlsx'], ['--format', 'gexf', '--since', 'June 2024'], ['--format', 'csv'], ['--format', 'json', '--types', 'LIKES']]) {
      const c = capture();
      expect(await runExport(args, c.io, openGraph)).toBe(2);
      expect(c.err.join('\n')).toMatch(/export: /);
    }
  });

  it('writes nodes.csv and edges.csv into a directory, matching the graph', async () => {
    const c = capture();
    expect(await runExport(['--format', 'csv', '--out', dir], c.io, openGraph)).toBe(0);
    const nodes = parseCsv(await readFile(path.join(dir, 'nodes.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const edges = parseCsv(await readFile(path.join(dir, 'edges.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const { records } = await driver.executeQuery(
      'MATCH (a:Actor)-[r]->(b:Actor) RETURN count(r) AS rels, COUNT { MATCH (:Actor)-[:MADE]->(:Pledge)-[:TO]->(:Actor) } AS pledges',
    );
    expect(edges).toHaveLength(Number(records[0]!.get('rels')) + Number(records[0]!.get('pledges')));
    const ids = new Set(nodes.map((n) => n.id));
    expect(edges.every((e) => ids.has(e.source!) && ids.has(e.target!))).toBe(true);
    expect(c.err.join('\n')).toMatch(new RegExp(`${nodes.length} actors, ${edges.length} relations`));
  });

  it('writes GEXF to stdout filtered to pledges', async () => {
    const c = capture();
    expect(await runExport(['--format', 'gexf', '--types', 'pledge'], c.io, openGraph)).toBe(0);
    const g = parseGexf(MultiGraph, c.out.join(''));
    const { records } = await driver.executeQuery('MATCH (:Actor)-[:MADE]->(p:Pledge)-[:TO]->(:Actor) RETURN count(p) AS n');
    expect(g.size).toBe(Number(records[0]!.get('n')));
    g.forEachEdge((_k, a) => expect(a.type).toBe('PLEDGE'));
  });
});
