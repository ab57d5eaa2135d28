/**
 * Reads the curated reference data (gazetteer, sector vocabulary, the decisions file) from
 * `seeds/reference/` and validates it with the zod schemas of `src/core/reference.ts` and
 * `src/core/decisions/decisions-file.ts`.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { DecisionsFile, fileMerges, type DecisionEntry } from '../core/decisions/decisions-file.ts';
import { Gazetteer, SectorVocabulary } from '../core/reference.ts';
import type { Reference } from '../core/reference.ts';

/** `seeds/reference/` of this checkout, resolved from this module's location (not the cwd). */
export const referenceDir = fileURLToPath(new URL('../../seeds/reference/', import.meta.url));

export const REFERENCE_FILES = {
  gazetteer: 'gazetteer.json',
  sectors: 'sectors.json',
  /** Decisions a person made (merge, split, …): imported into the graph by loads and `npm start`. */
  decisions: 'decisions.json',
} as const;

/** Thrown when a reference file is missing, is not JSON, or does not match its schema. */
export class ReferenceError extends Error {
  constructor(readonly file: string, message: string, options?: { cause?: unknown }) {
    super(`${file}: ${message}`, options);
    this.name = 'ReferenceError';
  }
}

function formatIssues(error: z.ZodError, data: unknown): string {
  return error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    // Name the entry by its id when the issue sits inside an array element, to find it quickly.
    const first = issue.path[0];
    let where = '';
    if (Array.isArray(data) && typeof first === 'number') {
      const entry: unknown = data[first];
      if (entry && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string') where = ` (id "${entry.id}")`;
    }
    return `at ${path}${where}: ${issue.message}`;
  }).join('; ') + (error.issues.length > 5 ? `; and ${error.issues.length - 5} more` : '');
}

export async function readJson<S extends z.ZodType>(dir: string, name: string, schema: S): Promise<z.infer<S>> {
  const file = join(dir, name);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new ReferenceError(file, `cannot read reference file (${(cause as Error).message})`, { cause });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new ReferenceError(file, `not valid JSON (${(cause as Error).message})`, { cause });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ReferenceError(file, `does not match its schema: ${formatIssues(parsed.error, data)}`);
  return parsed.data;
}

/** Reads and validates a decisions file (`npm run decisions -- import FILE`); throws a ReferenceError naming it. */
export async function readDecisionsFile(file: string): Promise<DecisionEntry[]> {
  return readJson(dirname(file), basename(file), DecisionsFile);
}

/**
 * Reads and validates the three reference files of `dir`; throws a ReferenceError naming the file and
 * the issue path. `merges` are the decisions file's merges and splits (a load replaces them with the
 * graph's, once it has imported the file).
 */
export async function readReference(dir: string = referenceDir): Promise<Reference> {
  const [gazetteer, sectors, decisions] = await Promise.all([
    readJson(dir, REFERENCE_FILES.gazetteer, Gazetteer),
    readJson(dir, REFERENCE_FILES.sectors, SectorVocabulary),
    readJson(dir, REFERENCE_FILES.decisions, DecisionsFile),
  ]);
  return { gazetteer, sectors, merges: fileMerges(decisions) };
}

/** The decisions file of `seeds/reference/`. */
export const seedDecisionsFile = join(referenceDir, REFERENCE_FILES.decisions);
