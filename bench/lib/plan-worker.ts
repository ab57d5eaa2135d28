/**
 * Worker thread: generates its share of the synthetic corpus, extracts and plans each article, and
 * posts the plans back. Only the article indexes cross the thread boundary going in.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from '../../src/core/extract-article.ts';
import { planArticleLoad } from '../../src/core/plan/plan-article.ts';
import { readReference } from '../../src/io/read-reference.ts';
import { generateArticle } from '../corpus/generate.ts';
import { buildPools } from '../corpus/pools.ts';

interface Job {
  seed: string;
  from: number;
  to: number;
  stride: number;
}

const job = workerData as Job;
const reference = await readReference();
const pools = buildPools(reference, job.seed);
const plans = [];
let bytes = 0;
// Wall-clock per phase: Node 20 has no per-thread CPU clock (process.cpuUsage counts every thread).
let extractSeconds = 0;
let planSeconds = 0;
const since = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e9;
for (let i = job.from; i < job.to; i += job.stride) {
  const article = generateArticle(pools, job.seed, i);
  bytes += Buffer.byteLength(article.text);
  const t0 = process.hrtime.bigint();
  const claims = extractArticle(article, reference);
  extractSeconds += since(t0);
  const t1 = process.hrtime.bigint();
  plans.push({ index: i, plan: planArticleLoad(claims, reference, article.text) });
  planSeconds += since(t1);
}
parentPort!.postMessage({ plans, bytes, extractSeconds, planSeconds });
