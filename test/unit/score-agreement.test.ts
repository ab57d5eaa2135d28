/**
 * The TypeScript scorer and the owner's score.mjs (vendored in test/corpus-tools/) must give the
 * same figures on the same extraction output: the real extractor's, and variants of it that take
 * the less travelled paths (an article without a result, duplicated actors, missing amounts,
 * meetings for partnerships).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleClaims } from '../../src/core/claims.ts';
import { ScorableOutput } from '../../src/core/score/scorable.ts';
import { reportPart, scoreFolder } from '../../src/core/score/score-folder.ts';
import { summaryLine } from '../../src/core/score/counts.ts';
import { extractFiles } from '../../src/io/extract-files.ts';
import { listTextFiles, readGoldFolder } from '../../src/io/read-gold-folder.ts';
import { foldersWithGold, ROOT } from '../support/gold-folders.ts';

const SCORE_MJS = join(ROOT, 'test/corpus-tools/score.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'score-agreement-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs score.mjs; returns the JSON it prints and its last line. */
async function ownerScore(output: unknown, dir: string): Promise<{ report: unknown; summary: string }> {
  const file = join(tmp, `out-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(output));
  const { stdout } = await promisify(execFile)(process.execPath, [SCORE_MJS, file, dir], { maxBuffer: 64 << 20 });
  const lines = stdout.trimEnd().split('\n');
  const start = lines.indexOf('{');
  const end = lines.lastIndexOf('}');
  return { report: JSON.parse(lines.slice(start, end + 1).join('\n')), summary: lines.at(-1) ?? '' };
}

const variants: Record<string, (claims: ArticleClaims[]) => unknown[]> = {
  'the extractor output': (claims) => claims,
  'the first article missing': (claims) => claims.slice(1),
  'actors twice, amounts dropped, MEETS and PARTNERS_WITH swapped': (claims) =>
    claims.map((c) => ({
      ...c,
      actors: [...c.actors, ...c.actors.slice(0, 3).map((a) => ({ ...a, id: `${a.id}-again` }))],
      pledges: c.pledges.map((p, i) => (i % 2 ? { ...p, amount: null } : p)),
      relations: c.relations.map((r) => ({ ...r, type: r.type === 'MEETS' ? 'PARTNERS_WITH' : r.type === 'PARTNERS_WITH' ? 'MEETS' : r.type })),
    })),
};

describe.each(foldersWithGold())('TS scorer = score.mjs on %s', (_name, dir) => {
  let claims: ArticleClaims[] | undefined;
  const extracted = async (): Promise<ArticleClaims[]> => (claims ??= (await extractFiles(await listTextFiles(dir))).claims);

  it.each(Object.keys(variants))('%s', async (variant) => {
    const output = variants[variant]!(await extracted());
    const owner = await ownerScore(output, dir);
    const ours = reportPart(scoreFolder(await readGoldFolder(dir), ScorableOutput.parse(output)), 'all');
    expect(ours).toEqual(owner.report);
    expect(JSON.stringify(ours, null, 1)).toBe(JSON.stringify(owner.report, null, 1)); // same key order too
    expect(summaryLine(ours)).toBe(owner.summary);
  }, 60_000);
});
