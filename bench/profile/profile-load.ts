/**
 * `npx tsx bench/profile/profile-load.ts [--size 10000 --from 5000 --count 100]`: PROFILEs each
 * statement of a first load of one group of articles (the plans of synthetic articles from..from+count,
 * given new ids so they are new to the graph) against the bench graph as it stands, inside a
 * transaction that is rolled back. Prints time, db hits and the operators with the most db hits.
 * Run after `bench:load --keep`.
 */
import neo4j from 'neo4j-driver';
import { parseArgs } from 'node:util';
import { mergeFacts } from '../../src/core/plan/merge-facts.ts';
import { evidenceColumns } from '../../src/graph/load/evidence-columns.ts';
import { LOAD } from '../../src/graph/load/statements.ts';
import { DEFAULT_SEED } from '../corpus/generate.ts';
import { BENCH_NEO4J } from '../lib/graph.ts';
import { planCorpus } from '../lib/plan-corpus.ts';
import { profileSummary } from './plan-tree.ts';

const { values } = parseArgs({ options: { size: { type: 'string', default: '10000' }, from: { type: 'string', default: '5000' }, count: { type: 'string', default: '100' } } });
const from = Number(values.from);
const planned = await planCorpus(Number(values.size), DEFAULT_SEED);
// New ids: the statements meet the graph as it stands, as the next group of a load would.
const plans = planned.plans.slice(from, from + Number(values.count)).map((p) => ({
  ...p,
  article: { ...p.article, id: `${p.article.id}-profiled` },
  evidence: p.evidence.map((e) => ({ ...e, id: `${e.id}-profiled`, articleId: `${e.articleId}-profiled` })),
}));
const facts = mergeFacts(plans);
const driver = neo4j.driver(`bolt://127.0.0.1:${BENCH_NEO4J.port}`);
const session = driver.session();
const tx = session.beginTransaction();
// In load order: later statements need what earlier ones wrote.
const steps: [keyof typeof LOAD, Record<string, unknown>, number][] = [
  ['load/article-hashes', { ids: plans.map((p) => p.article.id) }, plans.length],
  ['load/create-articles', { articles: plans.map((p) => p.article) }, plans.length],
  ['load/create-evidence', (({ articles, columns }) => ({ articles, ...columns }))(evidenceColumns(plans)), plans.reduce((n, p) => n + p.evidence.length, 0)],
  ['load/write-actors', { actors: facts.actors }, facts.actors.length],
  ['load/write-sectors', { sectors: facts.sectors }, facts.sectors.length],
  ['load/write-pledges', { pledges: facts.pledges }, facts.pledges.length],
  ['load/write-relations', { relations: facts.relations }, Object.values(facts.relations).reduce((n, l) => n + l.length, 0)],
];
try {
  for (const [name, params, rows] of steps) {
    // A create-* statement must run once only (again, it would create duplicates): profiled as it runs,
    // so its time includes planning the PROFILE text. The others run, then run timed on a cached plan.
    const once = name.startsWith('load/create-');
    if (!once) await tx.run(LOAD[name], params);
    const t0 = process.hrtime.bigint();
    const profiled = await tx.run(`PROFILE ${LOAD[name]}`, params);
    const ms = (Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1);
    const { hits, operators } = profileSummary(profiled.summary, 3);
    process.stdout.write(`${name.padEnd(24)} ${ms.padStart(8)} ms  ${String(hits).padStart(9)} db hits  ${rows} rows\n    ${operators.join('\n    ')}\n`);
  }
} finally {
  await tx.rollback();
  await session.close();
  await driver.close();
}
