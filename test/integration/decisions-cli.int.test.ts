/** `npm run decisions -- export|import`: decisions move from one graph to another and apply there. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDecisions, type DecisionsCliIo } from '../../src/cli/decisions.ts';
import { makeDecision } from '../../src/graph/decisions/decide.ts';
import { allDecisions } from '../../src/graph/decisions/rows.ts';
import { readDecisionsFile, readReference } from '../../src/io/read-reference.ts';
import { createTestDriver, resetGraph } from '../support/neo4j.ts';
import { loadSeedGraph } from './export-seed-graph.ts';

let driver: Driver;
let dir: string;
beforeAll(async () => {
  driver = createTestDriver();
  dir = await mkdtemp(path.join(os.tmpdir(), 'decisions-'));
  await resetGraph(driver);
  await loadSeedGraph(driver);
});
afterAll(async () => {
  await driver?.close();
  await rm(dir, { recursive: true, force: true });
});

function cli() {
  const out: string[] = [];
  const err: string[] = [];
  const io: DecisionsCliIo = { stdout: (t) => out.push(t), stderr: (l) => err.push(l), writeFile: (f, b) => writeFile(f, b, 'utf8') };
  const deps = {
    connect: async () => {
      const d = createTestDriver();
      return { driver: d, database: undefined, uri: '', close: () => d.close() };
    },
    readReference: () => readReference(),
    readFile: (f: string) => readDecisionsFile(f),
  };
  return { run: (argv: string[]) => runDecisions(argv, io, deps), out, err };
}

const reviewOf = async (key: string) => (await driver.executeQuery('MATCH ()-[r]->() WHERE r.key = $key RETURN r.review AS review', { key })).records[0]?.get('review');

describe('npm run decisions', () => {
  it('answers --help and refuses bad usage and bad files', async () => {
    const c = cli();
    expect(await c.run(['--help'])).toBe(0);
    expect(c.out.join('')).toMatch(/export \[FILE\]/);
    expect(await c.run([])).toBe(2);
    expect(await c.run(['import'])).toBe(2);
    await writeFile(path.join(dir, 'bad.json'), JSON.stringify([{ id: 'x', kind: 'reject', fact: 'nonsense' }]));
    expect(await c.run(['import', path.join(dir, 'bad.json')])).toBe(2);
    expect(c.err.at(-1)).toMatch(/bad\.json: does not match its schema: at 0\.fact/);
  });

  it('exports the decisions and imports them into another graph, where they apply; a second import skips them', async () => {
    const reference = await readReference();
    const session = driver.session();
    try {
      await session.executeWrite((tx) => makeDecision(tx, { kind: 'reject', fact: 'rel:VISITS:pham-minh-chinh:nvidia' }, { editor: 'alice', reason: 'wrong', deps: { reference } }));
      await session.executeWrite((tx) => makeDecision(tx, { kind: 'merge', keep: 'silicon-valley', merge: 'california' }, { editor: 'bob', reason: null, deps: { reference } }));
    } finally {
      await session.close();
    }
    const file = path.join(dir, 'decisions.json');
    const c = cli();
    expect(await c.run(['export', file])).toBe(0);
    const text = await readFile(file, 'utf8');
    expect(text.split('\n').filter((l) => l.startsWith(' {')).length).toBe(6); // the 4 seed splits + 2
    const before = (await driver.executeQuery('MATCH (d:Decision) RETURN d.id AS id ORDER BY d.seq')).records.map((r) => r.get('id'));

    await resetGraph(driver);
    await loadSeedGraph(driver);
    expect(await reviewOf('rel:VISITS:pham-minh-chinh:nvidia')).toBeNull();
    expect(await c.run(['import', file])).toBe(0);
    expect(c.out.at(-1)).toMatch(/2 imported, 4 already in the graph, \d+ article\(s\) planned again/);
    expect(await reviewOf('rel:VISITS:pham-minh-chinh:nvidia')).toBe('REJECTED');
    expect((await driver.executeQuery("MATCH (a:Actor {id: 'california'}) RETURN a")).records).toEqual([]);
    const session2 = driver.session();
    try {
      const rows = await session2.executeRead((tx) => allDecisions(tx));
      expect(rows.map((r) => r.id)).toEqual(before);
      expect(rows.find((r) => r.kind === 'reject')).toMatchObject({ editor: 'alice', reason: 'wrong' });
    } finally {
      await session2.close();
    }
    expect(await c.run(['import', file])).toBe(0);
    expect(c.out.at(-1)).toMatch(/0 imported, 6 already/);
  });

  it('reads the old merges.json shape', async () => {
    const file = path.join(dir, 'merges.json');
    await writeFile(file, JSON.stringify([{ a: 'laos', b: 'hungary', decision: 'different', note: 'two countries' }]));
    const c = cli();
    expect(await c.run(['import', file])).toBe(0);
    expect(c.out.at(-1)).toMatch(/1 imported/);
    const { records } = await driver.executeQuery("MATCH (d:Decision {kind: 'split', target: 'actor:laos'}) RETURN d.editor AS editor, d.reason AS reason");
    expect(records.map((r) => r.toObject())).toEqual([{ editor: 'merges.json', reason: 'two countries' }]);
  });
});
