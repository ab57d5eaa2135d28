/**
 * `npx tsx bench/profile/profile-load.ts [--index 250]`: PROFILEs each statement of one article's
 * load (the plan of synthetic article `index`) against the bench graph as it stands, inside a
 * transaction that is rolled back. Prints time, db hits and the operators with the most db hits.
 * Timings are of a repeated statement (plan cached, data already written once by the first run).
 * Run after `bench:load --keep` so the graph has the size under study.
 */
import neo4j from 'neo4j-driver';
import { parseArgs } from 'node:util';
import { LOAD } from '../../src/graph/load/statements.ts';
import { DEFAULT_SEED } from '../corpus/generate.ts';
import { BENCH_NEO4J } from '../lib/graph.ts';
import { planCorpus } from '../lib/plan-corpus.ts';

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function flatten(p: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(p);
  for (const c of p.children) flatten(c, out);
  return out;
}

const { values } = parseArgs({ options: { index: { type: 'string', default: '250' }, size: { type: 'string', default: '300' } } });
const planned = await planCorpus(Number(values.size), DEFAULT_SEED);
const plan = planned.plans[Number(values.index)]!;
const driver = neo4j.driver(`bolt://127.0.0.1:${BENCH_NEO4J.port}`);
const session = driver.session();
const tx = await session.beginTransaction();
const steps: [string, Record<string, unknown>][] = [
  ['load/article-hashes', { ids: [plan.article.id] }],
  ['load/upsert-article', { article: plan.article }],
  ['load/delete-stale-evidence', { articleId: plan.article.id, keep: plan.evidence.map((e) => e.id) }],
  ['load/upsert-evidence', { articleId: plan.article.id, rows: plan.evidence }],
  ['load/upsert-actors', { rows: plan.actors }],
  ['load/upsert-sectors', { rows: plan.sectors }],
  ['load/upsert-pledges', { rows: plan.pledges }],
  ['load/upsert-relations-to-actors', { rows: plan.relations.filter((r) => r.type !== 'FOCUSES_ON') }],
  ['load/upsert-relations-to-sectors', { rows: plan.relations.filter((r) => r.type === 'FOCUSES_ON') }],
];
try {
  for (const [name, params] of steps) {
    // Timed plain runs first (the second one uses the cached plan), then PROFILE for the operators.
    const text = LOAD[name as keyof typeof LOAD];
    await tx.run(text, params);
    const t0 = process.hrtime.bigint();
    await tx.run(text, params);
    const ms = (Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1);
    const r = await tx.run(`PROFILE ${text}`, params);
    const profile = r.summary.profile as unknown as PlanNode | false;
    const ops = profile ? flatten(profile) : [];
    const hits = ops.reduce((s, o) => s + o.dbHits, 0);
    const top = [...ops].sort((a, b) => b.dbHits - a.dbHits).slice(0, 3).map((o) => `${o.operatorType}(${o.dbHits} hits, ${o.rows} rows${o.arguments['Details'] ? `: ${String(o.arguments['Details']).slice(0, 90)}` : ''})`);
    const rows = (params['rows'] as unknown[] | undefined)?.length ?? 1;
    process.stdout.write(`${name.padEnd(34)} ${String(ms).padStart(6)} ms  ${String(hits).padStart(9)} db hits  ${rows} rows\n    ${top.join('\n    ')}\n`);
  }
} finally {
  await tx.rollback();
  await session.close();
  await driver.close();
}
