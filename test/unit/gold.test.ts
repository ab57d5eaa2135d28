/**
 * The gold annotations are the yardstick, so they are checked like code: each file fits the gold
 * schema, quotes are verbatim text of their seed article's body, every name used resolves to an
 * annotated actor, and sector ids exist in the vocabulary.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/core/score/fold-name.ts';
import { GoldArticle } from '../../src/core/score/gold.ts';

const goldDir = fileURLToPath(new URL('../fixtures/gold/', import.meta.url));
const articleDir = fileURLToPath(new URL('../../seeds/articles/', import.meta.url));
const sectorsFile = fileURLToPath(new URL('../../seeds/reference/sectors.json', import.meta.url));

const goldFiles = readdirSync(goldDir).filter((name) => name.endsWith('.json')).sort();
const articleFiles = readdirSync(articleDir).filter((name) => name.endsWith('.txt')).sort();
const sectorIds = new Set((JSON.parse(readFileSync(sectorsFile, 'utf8')) as { id: string }[]).map((sector) => sector.id));

/** Lines that are related-article lists or table rows of other stories, never the body. */
const BOILERPLATE_LINE = /^(\||Tin liên quan|Bài liên quan|Tin mới|Nổi bật|Đừng bỏ lỡ|Mới nhất|POWERED BY)/;

function load(name: string): { gold: GoldArticle; text: string } {
  const gold = GoldArticle.parse(JSON.parse(readFileSync(`${goldDir}${name}`, 'utf8')));
  return { gold, text: readFileSync(`${articleDir}${gold.file}`, 'utf8') };
}

describe('gold annotations', () => {
  it('cover every seed article, one gold file each', () => {
    expect(goldFiles.map((name) => name.replace(/\.json$/, '.txt'))).toEqual(articleFiles);
  });

  describe.each(goldFiles)('%s', (name) => {
    it('validates against the gold schema and names its own seed article', () => {
      const parsed = GoldArticle.safeParse(JSON.parse(readFileSync(`${goldDir}${name}`, 'utf8')));
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data?.file).toBe(name.replace(/\.json$/, '.txt'));
    });

    it('quotes the article verbatim, from its body', () => {
      const { gold, text } = load(name);
      const lines = text.split('\n');
      for (const item of [...gold.pledges, ...gold.relations]) {
        expect(text, item.quote).toContain(item.quote);
        const line = lines.find((candidate) => candidate.includes(item.quote)) ?? '';
        expect(BOILERPLATE_LINE.test(line), `quote on a boilerplate line: ${item.quote}`).toBe(false);
        expect(item.quote).not.toMatch(/Ảnh:/);
      }
    });

    it('annotates actors that the article names, each once', () => {
      const { gold, text } = load(name);
      const foldedText = foldName(text);
      const owner = new Map<string, string>();
      for (const actor of gold.actors) {
        const keys = [actor.name, ...(actor.aliases ?? [])].map(foldName);
        expect(keys.some((key) => foldedText.includes(key)), `${actor.name} is not in the text`).toBe(true);
        for (const key of keys) {
          expect(owner.get(key) ?? actor.name, `"${key}" names two actors`).toBe(actor.name);
          owner.set(key, actor.name);
        }
      }
    });

    it('refers only to annotated actors and known sector ids', () => {
      const { gold } = load(name);
      const known = new Set(gold.actors.flatMap((actor) => [actor.name, ...(actor.aliases ?? [])].map(foldName)));
      const used = [
        ...gold.pledges.flatMap((pledge) => [pledge.by, pledge.to, pledge.requestedBy ?? null]),
        ...gold.relations.flatMap((relation) => (relation.type === 'FOCUSES_ON' ? [relation.from] : [relation.from, relation.to])),
      ].filter((value): value is string => value !== null);
      for (const value of used) expect(known.has(foldName(value)), `${value} is not an annotated actor`).toBe(true);
      const sectors = [
        ...gold.relations.filter((relation) => relation.type === 'FOCUSES_ON').map((relation) => relation.to),
        ...gold.pledges.flatMap((pledge) => pledge.sectors ?? []),
      ];
      for (const sector of sectors) expect(sectorIds.has(sector), `unknown sector ${sector}`).toBe(true);
    });

    it('states each relation once (per role for HOLDS_ROLE)', () => {
      const { gold } = load(name);
      const keys = gold.relations.map((relation) => {
        const ends = [foldName(relation.from), foldName(relation.to)];
        if (relation.type === 'MEETS' || relation.type === 'PARTNERS_WITH') ends.sort();
        return `${relation.type}:${ends.join('>')}:${relation.role ?? ''}`;
      });
      expect(keys.length - new Set(keys).size).toBe(0);
    });
  });
});
