import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtemp, writeFile, copyFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReference, referenceDir, REFERENCE_FILES } from '../../src/io/read-reference.ts';
import type { Reference } from '../../src/core/reference.ts';
import { nameKey } from '../../src/core/text/fold.ts';

/** Folding as the spec of entity resolution says: lower-case, no diacritics (đ→d), punctuation and spaces collapsed. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Folded surface forms deliberately shared by two entries, with the reason. Keep this list small:
 * a shared form means the matcher needs context to choose.
 */
const SHARED_FORMS: Record<string, string> = {
  'nha trang': 'Nhà Trắng (the White House) and Nha Trang (the city) differ only in diacritics; the matcher compares them.',
};

let ref: Reference;
beforeAll(async () => {
  ref = await readReference();
});

describe('reference data', () => {
  it('validates and is big enough', () => {
    expect(ref.gazetteer.length).toBeGreaterThanOrEqual(400);
    expect(ref.sectors.length).toBeGreaterThanOrEqual(30);
    expect(ref.merges.length).toBeGreaterThanOrEqual(2);
  });

  it('has unique ids', () => {
    const dup = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dup(ref.gazetteer.map((e) => e.id))).toEqual([]);
    expect(dup(ref.sectors.map((s) => s.id))).toEqual([]);
  });

  it('points country, partOf, sectors and sector parents at existing entries', () => {
    const byId = new Map(ref.gazetteer.map((e) => [e.id, e]));
    const sectorIds = new Set(ref.sectors.map((s) => s.id));
    const broken: string[] = [];
    for (const e of ref.gazetteer) {
      if (e.country !== null && byId.get(e.country)?.kind !== 'country') broken.push(`${e.id}.country=${e.country}`);
      if (e.partOf !== null && !byId.has(e.partOf)) broken.push(`${e.id}.partOf=${e.partOf}`);
      if (e.partOf === e.id) broken.push(`${e.id}.partOf is itself`);
      for (const s of e.sectors) if (!sectorIds.has(s)) broken.push(`${e.id}.sectors has ${s}`);
    }
    for (const s of ref.sectors) if (s.parent !== null && !sectorIds.has(s.parent)) broken.push(`sector ${s.id}.parent=${s.parent}`);
    expect(broken).toEqual([]);
  });

  it('has no partOf or sector-parent cycles', () => {
    const cycles: string[] = [];
    const walk = (start: string, next: (id: string) => string | null) => {
      const seen = new Set<string>();
      for (let id: string | null = start; id !== null; id = next(id)) {
        if (seen.has(id)) { cycles.push(start); return; }
        seen.add(id);
      }
    };
    const partOf = new Map(ref.gazetteer.map((e) => [e.id, e.partOf]));
    const parent = new Map(ref.sectors.map((s) => [s.id, s.parent]));
    for (const id of partOf.keys()) walk(id, (x) => partOf.get(x) ?? null);
    for (const id of parent.keys()) walk(id, (x) => parent.get(x) ?? null);
    expect(cycles).toEqual([]);
  });

  // Checked with the plain fold of the spec and with the project's name key, which also joins
  // initialisms ("TP HCM" = "TPHCM"): a clash under either is a clash for entity resolution.
  for (const [label, key] of [['fold', fold], ['nameKey', nameKey]] as const) {
    it(`gives no ${label}-ed alias to two entries unless allow-listed`, () => {
      const owners = new Map<string, Set<string>>();
      for (const e of ref.gazetteer) {
        for (const form of [e.name, ...e.aliases]) {
          const k = key(form);
          const set = owners.get(k) ?? new Set<string>();
          set.add(e.id);
          owners.set(k, set);
        }
      }
      const clashes = [...owners].filter(([k, ids]) => ids.size > 1 && !(k in SHARED_FORMS)).map(([k, ids]) => `${k}: ${[...ids].join(', ')}`);
      expect(clashes).toEqual([]);
      // Every allow-listed form must still be shared, or the list is stale.
      for (const k of Object.keys(SHARED_FORMS)) expect(owners.get(k)?.size ?? 0, k).toBeGreaterThan(1);
    });
  }

  it('has no empty or untrimmed surface forms', () => {
    const bad = ref.gazetteer.flatMap((e) => [e.name, ...e.aliases].filter((f) => f.trim() !== f || fold(f) === '').map((f) => `${e.id}: "${f}"`));
    expect(bad).toEqual([]);
  });

  it('lists every case-sensitive form as an alias or the name', () => {
    const bad = ref.gazetteer.flatMap((e) => e.caseSensitive.filter((f) => f !== e.name && !e.aliases.includes(f)).map((f) => `${e.id}: ${f}`));
    expect(bad).toEqual([]);
  });

  it('marks short Latin forms case-sensitive', () => {
    // Two or three Latin letters ("LG", "SK", "UK") are too easily a piece of another word or an abbreviation.
    const bad = ref.gazetteer.flatMap((e) => [e.name, ...e.aliases]
      .filter((f) => /^[A-Za-z]{1,3}$/.test(f) && !e.caseSensitive.includes(f))
      .map((f) => `${e.id}: ${f}`));
    expect(bad).toEqual([]);
  });

  it('gives no sector keyword to two sectors', () => {
    const owners = new Map<string, Set<string>>();
    for (const s of ref.sectors) {
      for (const k of [...s.keywords.vi, ...s.keywords.en]) {
        const set = owners.get(fold(k)) ?? new Set<string>();
        set.add(s.id);
        owners.set(fold(k), set);
      }
    }
    expect([...owners].filter(([, ids]) => ids.size > 1).map(([k, ids]) => `${k}: ${[...ids].join(', ')}`)).toEqual([]);
  });

  it('has the sectors the extractor relies on', () => {
    const ids = new Set(ref.sectors.map((s) => s.id));
    for (const id of ['semiconductors', 'chip-design', 'chip-packaging', 'ai', 'data-centers', 'digital-transformation', 'renewable-energy',
      'green-transition', 'energy', 'lng', 'nuclear-power', 'high-speed-rail', 'r-and-d', 'critical-minerals', 'electronics', 'finance', 'infrastructure']) {
      expect(ids, id).toContain(id);
    }
    expect(ref.sectors.find((s) => s.id === 'chip-design')?.parent).toBe('semiconductors');
  });

  it('refers only to existing ids in merge decisions', () => {
    const ids = new Set(ref.gazetteer.map((e) => e.id));
    const bad = ref.merges.flatMap((m) => [m.a, m.b].filter((id) => !ids.has(id)));
    expect(bad).toEqual([]);
  });

  it('resolves well-known surface forms to the expected entries', () => {
    const index = new Map<string, string>();
    for (const e of ref.gazetteer) for (const f of [e.name, ...e.aliases]) index.set(fold(f), e.id);
    const cases: Array<[string, string]> = [
      ['TP.HCM', 'ho-chi-minh-city'], ['Sài Gòn', 'ho-chi-minh-city'], ['Hoa Kỳ', 'united-states'], ['Bộ KH&ĐT', 'mpi'],
      ['Bộ Ngoại giao Mỹ', 'us-department-of-state'], ['NIC Hoà Lạc', 'nic-hoa-lac'], ['Khánh Hoà', 'khanh-hoa'], ['Đài Loan', 'taiwan'],
    ];
    for (const [form, id] of cases) expect(index.get(fold(form)), form).toBe(id);
  });
});

describe('readReference', () => {
  it('resolves the reference folder from the module, not the cwd', () => {
    expect(referenceDir.replace(/\\/g, '/')).toMatch(/seeds\/reference\/?$/);
  });

  it('names the file and the issue path when an entry is invalid', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ref-'));
    try {
      await copyFile(join(referenceDir, REFERENCE_FILES.sectors), join(dir, REFERENCE_FILES.sectors));
      await copyFile(join(referenceDir, REFERENCE_FILES.decisions), join(dir, REFERENCE_FILES.decisions));
      await writeFile(join(dir, REFERENCE_FILES.gazetteer), JSON.stringify([{ id: 'ok', name: 'Ok', kind: 'company' }, { id: 'Bad Id', name: 'X', kind: 'robot' }]));
      await expect(readReference(dir)).rejects.toThrow(/gazetteer\.json.*at 1\.(id|kind) \(id "Bad Id"\)/);
      await writeFile(join(dir, REFERENCE_FILES.gazetteer), '[{');
      await expect(readReference(dir)).rejects.toThrow(/gazetteer\.json: not valid JSON/);
      await rm(join(dir, REFERENCE_FILES.decisions));
      await writeFile(join(dir, REFERENCE_FILES.gazetteer), '[]');
      await expect(readReference(dir)).rejects.toThrow(/decisions\.json: cannot read/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
