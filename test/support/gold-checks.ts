/**
 * Gold annotations are the yardstick, so they are checked like code. One set of checks serves the
 * seed gold and the held-out gold: each file fits the gold schema and names its own article, quotes
 * are verbatim body text, every name used resolves to an annotated actor, sector ids exist, and each
 * relation is stated once.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/core/score/fold-name.ts';
import { GoldArticle } from '../../src/core/score/gold.ts';

const sectorsFile = fileURLToPath(new URL('../../seeds/reference/sectors.json', import.meta.url));

/** Lines that are related-article lists, table rows of other stories or CMS footers, never the body. */
const BOILERPLATE_LINE = /^(\||>>|Tin liên quan|Bài liên quan|Xem thêm|Tin mới|Nổi bật|Đừng bỏ lỡ|Mới nhất|Bình luận|POWERED BY)/;

export interface GoldSet {
  label: string;
  goldDir: string;
  articleDir: string;
  /** When the articles carry a manifest.json, it must list them all and agree on published dates. */
  checkManifest?: boolean;
}

export function describeGoldSet({ label, goldDir, articleDir, checkManifest = false }: GoldSet): void {
  const goldFiles = readdirSync(goldDir).filter((name) => name.endsWith('.json')).sort();
  const articleFiles = readdirSync(articleDir).filter((name) => name.endsWith('.txt')).sort();
  const sectorIds = new Set((JSON.parse(readFileSync(sectorsFile, 'utf8')) as { id: string }[]).map((sector) => sector.id));
  const manifest = checkManifest
    ? (JSON.parse(readFileSync(`${articleDir}manifest.json`, 'utf8')) as Record<string, { published?: string | null }>)
    : null;

  const load = (name: string): { gold: GoldArticle; text: string } => {
    const gold = GoldArticle.parse(JSON.parse(readFileSync(`${goldDir}${name}`, 'utf8')));
    return { gold, text: readFileSync(`${articleDir}${gold.file}`, 'utf8') };
  };

  describe(label, () => {
    it('covers every article, one gold file each', () => {
      expect(articleFiles.length).toBeGreaterThan(0);
      expect(goldFiles.map((name) => name.replace(/\.json$/, '.txt'))).toEqual(articleFiles);
      if (manifest) expect(Object.keys(manifest).sort()).toEqual(articleFiles);
    });

    describe.each(goldFiles)('%s', (name) => {
      it('validates against the gold schema and names its own article', () => {
        const parsed = GoldArticle.safeParse(JSON.parse(readFileSync(`${goldDir}${name}`, 'utf8')));
        expect(parsed.error?.issues ?? []).toEqual([]);
        const file = name.replace(/\.json$/, '.txt');
        expect(parsed.data?.file).toBe(file);
        if (manifest) expect(parsed.data?.published ?? null).toBe(manifest[file]?.published ?? null);
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

      it('annotates actors that the article names, each name once', () => {
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

      it('states each relation once (per role for HOLDS_ROLE), whichever alias names its ends', () => {
        const { gold } = load(name);
        const canonical = new Map(gold.actors.flatMap((actor) => [actor.name, ...(actor.aliases ?? [])].map((alias) => [foldName(alias), foldName(actor.name)] as const)));
        const keys = gold.relations.map((relation) => {
          const ends = [canonical.get(foldName(relation.from)) ?? foldName(relation.from), canonical.get(foldName(relation.to)) ?? relation.to];
          if (relation.type === 'MEETS' || relation.type === 'PARTNERS_WITH') ends.sort();
          return `${relation.type}:${ends.join('>')}:${relation.role ?? ''}`;
        });
        expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
      });
    });
  });
}
