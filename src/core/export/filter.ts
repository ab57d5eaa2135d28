import { z } from 'zod';
import { ACTOR_RELATION_TYPES, PartialDate } from '../claims.ts';
import type { ExportFilter } from './types.ts';

export const EXPORT_EDGE_TYPES = [...ACTOR_RELATION_TYPES, 'PLEDGE'] as const;

const typeList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim().toUpperCase()).filter(Boolean))
  .pipe(z.array(z.enum(EXPORT_EDGE_TYPES)));

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const RawFilter = z.object({
  sector: z.preprocess(blankToUndefined, z.string().max(200).optional()),
  country: z.preprocess(blankToUndefined, z.string().max(200).optional()),
  since: z.preprocess(blankToUndefined, PartialDate.optional()),
  until: z.preprocess(blankToUndefined, PartialDate.optional()),
  types: z.preprocess(blankToUndefined, typeList.optional()),
  includeRejected: z.preprocess(blankToUndefined, z.union([z.boolean(), z.enum(['true', 'false', '1', '0'])]).optional()),
});

export type FilterResult = { ok: true; filter: ExportFilter } | { ok: false; error: string };

/**
 * Query-string or CLI options → an export filter. Dates are partial ISO dates (2024, 2024-06,
 * 2024-06-25); `types` is a comma-separated list of relation types and/or PLEDGE; `includeRejected=true`
 * keeps facts a person rejected.
 */
export function parseExportFilter(raw: Record<string, unknown>): FilterResult {
  const parsed = RawFilter.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'filter'}: ${i.message}`).join('; ') };
  }
  const f = parsed.data;
  const types = f.types && f.types.length ? [...new Set(f.types)] : null;
  const includeRejected = f.includeRejected === true || f.includeRejected === 'true' || f.includeRejected === '1';
  return { ok: true, filter: { sector: f.sector ?? null, country: f.country ?? null, since: f.since ?? null, until: f.until ?? null, types, ...(includeRejected ? { includeRejected } : {}) } };
}
