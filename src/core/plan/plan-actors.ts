/** Actor rows of one article: resolved ids, claims actors that meet in one node merged into one row. */
import type { Actor, ActorKind, Evidence } from '../claims.ts';
import { unifyToneMarks } from '../text/normalize.ts';
import type { ActorResolver } from './resolve-actors.ts';
import { memoize } from './memo.ts';
import { searchForms } from './search-text.ts';
import type { ActorRow } from './types.ts';

export const KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  company: 'Company',
  government: 'Government',
  organization: 'Organization',
  university: 'University',
  country: 'Country',
  place: 'Place',
  facility: 'Facility',
  person: 'Person',
};

/** Display form: NFC, one tone-mark placement (Hoà → Hòa), single spaces. */
export const displayName = memoize((s) => unifyToneMarks(s.normalize('NFC')).replace(/\s+/g, ' ').trim());

export interface PlannedActors {
  rows: Map<string, ActorRow>;
  /** Claims actor id → node id. */
  idMap: Map<string, string>;
  /** Node id → its mentions, for the evidence rows. */
  mentions: Map<string, Evidence[]>;
}

export function planActors(actors: readonly Actor[], resolver: ActorResolver): PlannedActors {
  const rows = new Map<string, ActorRow>();
  const idMap = new Map<string, string>();
  const mentions = new Map<string, Evidence[]>();
  for (const actor of actors) {
    const id = resolver.resolve(actor);
    idMap.set(actor.id, id);
    mentions.set(id, [...(mentions.get(id) ?? []), ...actor.mentions]);
    const entry = resolver.gazetteer(id);
    const existing = rows.get(id);
    const name = entry?.name ?? existing?.name ?? displayName(actor.name);
    const forms = [...(existing?.aliases ?? entry?.aliases ?? []), actor.name, ...actor.aliases].map(displayName);
    const aliases = [...new Set(forms)].filter((a) => a && a !== name);
    const kind = entry?.kind ?? existing?.kind ?? actor.kind;
    const countryId = entry?.country ?? existing?.country ?? actor.country;
    const folded = searchForms([name, ...aliases]);
    rows.set(id, {
      id,
      name,
      kind,
      label: KIND_LABELS[kind],
      aliases,
      searchText: folded.join(' '),
      searchForms: folded,
      country: countryId ? resolver.canonical(countryId) : null,
      gazetteer: entry !== undefined,
    });
  }
  return { rows, idMap, mentions };
}
