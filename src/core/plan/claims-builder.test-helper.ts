/**
 * Builds ArticleClaims from a real text and the phrases that state each fact, computing the evidence
 * offsets with indexOf — so fixtures read like the article and stay true to the contract.
 */
import type { ActorKind, ArticleClaims, Evidence, Pledge, Relation } from '../claims.ts';
import { articleId } from '../article-id.ts';
import type { Reference } from '../reference.ts';

export function quoteIn(text: string, quote: string, rule = 'test'): Evidence {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { quote, start, end: start + quote.length, rule, confidence: 0.9 };
}

export interface ActorSpec { id: string; name: string; kind: ActorKind; seen?: string[]; country?: string | null }
export interface RelationSpec { type: Relation['type']; from: string; to: string; quote: string; role?: string; date?: string }
export interface PledgeSpec extends Partial<Omit<Pledge, 'evidence'>> { by: string; quote: string }

export interface ClaimsSpec {
  title?: string;
  file?: string;
  published?: string | null;
  actors: ActorSpec[];
  sectors?: { id: string; name: string; seen: string[] }[];
  relations?: RelationSpec[];
  pledges?: PledgeSpec[];
}

export function buildClaims(text: string, spec: ClaimsSpec): ArticleClaims {
  return {
    article: {
      id: articleId(text), file: spec.file ?? null, title: spec.title ?? text.split('\n')[0]!, published: spec.published ?? '2024-06-25',
      language: 'vi', outlet: null, url: null, body: [{ start: 0, end: text.length }], textLength: text.length,
    },
    actors: spec.actors.map((a) => {
      const seen = a.seen ?? [a.name];
      return { id: a.id, name: a.name, kind: a.kind, aliases: seen, country: a.country ?? null, source: 'pattern' as const, mentions: seen.map((s) => quoteIn(text, s)) };
    }),
    sectors: (spec.sectors ?? []).map((s) => ({ id: s.id, name: s.name, nameVi: null, parent: null, mentions: s.seen.map((q) => quoteIn(text, q)) })),
    relations: (spec.relations ?? []).map((r) => ({
      type: r.type, from: r.from, to: r.to, role: r.role ?? null, date: r.date ?? null, evidence: [quoteIn(text, r.quote)],
    })),
    pledges: (spec.pledges ?? []).map(({ quote, ...p }) => ({
      id: `claims-${p.by}`, to: null, kind: 'investment', amount: null, unit: null, amountText: null, amountUsd: null,
      qualifier: null, incremental: false, cumulative: false, period: null, status: 'planned', requestedBy: null, sectors: [], ...p,
      evidence: [quoteIn(text, quote)],
    })),
  };
}

/** A small reference with the real gazetteer's entries for the variants the tests exercise. */
export function miniReference(merges: Reference['merges'] = []): Reference {
  return {
    gazetteer: [
      { id: 'ho-chi-minh-city', name: 'Thành phố Hồ Chí Minh', kind: 'place', aliases: ['TP Hồ Chí Minh', 'TP. Hồ Chí Minh', 'TPHCM', 'TP.HCM', 'TP HCM', 'Sài Gòn'], country: 'vietnam', partOf: null, sectors: [], caseSensitive: [] },
      { id: 'united-states', name: 'Hoa Kỳ', kind: 'country', aliases: ['United States', 'nước Mỹ', 'Mỹ', 'USA'], country: null, partOf: null, sectors: [], caseSensitive: [] },
      { id: 'vietnam', name: 'Việt Nam', kind: 'country', aliases: ['Vietnam', 'Viet Nam'], country: null, partOf: null, sectors: [], caseSensitive: [] },
      { id: 'nvidia', name: 'Nvidia', kind: 'company', aliases: ['NVIDIA', 'Tập đoàn Nvidia'], country: 'united-states', partOf: null, sectors: ['ai'], caseSensitive: [] },
      { id: 'samsung-group', name: 'Tập đoàn Samsung', kind: 'company', aliases: ['Samsung Group'], country: null, partOf: null, sectors: [], caseSensitive: [] },
      { id: 'samsung-electronics', name: 'Samsung Electronics', kind: 'company', aliases: ['Samsung Electronics Việt Nam'], country: null, partOf: null, sectors: [], caseSensitive: [] },
    ],
    sectors: [
      { id: 'high-tech', name: 'High technology', nameVi: 'Công nghệ cao', parent: null, keywords: { vi: ['công nghệ cao'], en: [] } },
      { id: 'semiconductors', name: 'Semiconductors', nameVi: 'Bán dẫn', parent: 'high-tech', keywords: { vi: ['bán dẫn'], en: [] } },
      { id: 'ai', name: 'Artificial intelligence', nameVi: 'Trí tuệ nhân tạo', parent: 'high-tech', keywords: { vi: ['trí tuệ nhân tạo', 'AI'], en: [] } },
    ],
    merges,
  };
}
