/**
 * `npx tsx bench/corpus/cli.ts --size 1000 [--seed S] [--out corpus.jsonl]`: writes the synthetic
 * corpus as JSON Lines (one article a line, the format `npm run extract` / `npm run load` read) and
 * prints its sha256 digest to stderr, so two runs can be compared byte for byte.
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { readReference } from '../../src/io/read-reference.ts';
import { corpusBytes, corpusDigest, DEFAULT_SEED, generateCorpus } from './generate.ts';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '1000' }, seed: { type: 'string', default: DEFAULT_SEED }, out: { type: 'string' } },
});
const size = Number(values.size);
if (!Number.isInteger(size) || size < 1 || size > 1_000_000) throw new Error('--size must be an integer in 1..1000000');
const articles = generateCorpus(await readReference(), { size, seed: values.seed });
const out = values.out ? createWriteStream(values.out) : process.stdout;
for (const a of articles) out.write(`${JSON.stringify({ title: a.title, text: a.text, published: a.published, url: a.url, outlet: a.outlet, language: a.language })}\n`);
if (values.out) out.end();
process.stderr.write(`${size} articles, ${(corpusBytes(articles) / 1e6).toFixed(1)} MB, sha256 ${corpusDigest(articles)}\n`);
