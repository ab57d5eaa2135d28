/**
 * `manifest.json` beside article files: metadata for files that cannot carry it themselves (plain
 * `.txt` kept byte for byte). Keyed by file name; every field optional.
 */
import { z } from 'zod';
import { PartialDate } from '../claims.ts';
import type { ArticleDefaults } from './parse-article-file.ts';

export const ManifestEntry = z.object({
  title: z.string().nullable().optional(),
  published: PartialDate.nullable().optional(),
  outlet: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  language: z.string().nullable().optional(),
  note: z.string().optional(),
});
export const Manifest = z.record(z.string(), ManifestEntry);
export type Manifest = z.infer<typeof Manifest>;

export const MANIFEST_FILE = 'manifest.json';

/** Parses a manifest's content; throws an Error with a one-line message when it is invalid. */
export function parseManifest(content: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    throw new Error(`not valid JSON: ${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
  const parsed = Manifest.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** The defaults a manifest gives one file (by its base name). */
export function manifestDefaults(manifest: Manifest | null, baseName: string): ArticleDefaults {
  const entry = manifest?.[baseName];
  if (!entry) return {};
  const out: ArticleDefaults = {};
  if (entry.title) out.title = entry.title;
  if (entry.published) out.published = entry.published;
  if (entry.outlet) out.outlet = entry.outlet;
  if (entry.url) out.url = entry.url;
  if (entry.language) out.language = entry.language;
  return out;
}
