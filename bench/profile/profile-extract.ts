/**
 * `node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx bench/profile/profile-extract.ts [--size 500]
 * [--seed-copies 0] [--english-copies 0] [--passes 2]`: runs the extractor over the synthetic corpus (or the seed
 * articles, or the dev corpus's English articles, repeated) so a CPU profile covers extraction only after a warm-up pass. Then summarise the profile:
 * `npx tsx bench/profile/summarize-cpu-profile.ts /tmp/prof/*.cpuprofile`.
 */
import { parseArgs } from 'node:util';
import { extractArticle } from '../../src/core/extract-article.ts';
import { readReference } from '../../src/io/read-reference.ts';
import { corpusBytes, DEFAULT_SEED, generateCorpus } from '../corpus/generate.ts';
import { readArticleFiles } from '../../src/io/read-articles.ts';
import { englishArticles } from '../extract.ts';

const { values } = parseArgs({ options: { size: { type: 'string', default: '500' }, 'seed-copies': { type: 'string', default: '0' }, passes: { type: 'string', default: '2' }, 'english-copies': { type: 'string', default: '0' } } });
const reference = await readReference();
const copies = Number(values['seed-copies']);
const seeds = copies > 0 ? (await readArticleFiles(['seeds/articles'])).flatMap((r) => (r.ok ? [r.article] : [])) : [];
const englishCopies = Number(values['english-copies']);
const english = englishCopies > 0 ? await englishArticles() : [];
const articles = englishCopies > 0 ? Array.from({ length: englishCopies }, () => english).flat()
  : copies > 0 ? Array.from({ length: copies }, () => seeds).flat() : generateCorpus(reference, { size: Number(values.size), seed: DEFAULT_SEED });
for (const a of articles.slice(0, 100)) extractArticle(a, reference);
const bytes = corpusBytes(articles);
for (let p = 0; p < Number(values.passes); p++) {
  const c0 = process.cpuUsage();
  for (const a of articles) extractArticle(a, reference);
  const cpu = process.cpuUsage(c0);
  process.stderr.write(`pass ${p + 1}: ${(bytes / 1e6 / ((cpu.user + cpu.system) / 1e6)).toFixed(2)} MB per CPU-s\n`);
}
