import { z } from 'zod';
import { PartialDate, PLEDGE_KINDS, PLEDGE_STATUSES } from '../../core/claims.ts';
import type { PledgeFilterParams } from '../../graph/read/pledges.ts';
import { builder } from '../builder.ts';
import { validate } from '../validate.ts';
import { PledgeKindEnum, PledgeStatusEnum } from './enums.ts';

export const PledgeFilter = builder.inputType('PledgeFilter', {
  description: 'Narrows pledges; all given conditions must hold.',
  fields: (t) => ({
    by: t.string({ required: false, description: 'Key of the actor who pledges, e.g. "lg-group".' }),
    to: t.string({ required: false, description: 'Key of the recipient, e.g. "vietnam".' }),
    byCountry: t.string({ required: false, description: 'Key of the pledging actor\'s home country (or the country itself), e.g. "south-korea".' }),
    sector: t.string({ required: false, description: 'Key of a sector; its sub-sectors count too.' }),
    kind: t.field({ type: [PledgeKindEnum], required: false, description: 'Only these kinds.' }),
    status: t.field({ type: [PledgeStatusEnum], required: false, description: 'Only these statuses.' }),
    minUsd: t.float({ required: false, description: 'Only pledges worth at least this many US dollars.' }),
    since: t.string({ required: false, description: 'Only pledges whose period (or year) reaches this year or later (2024 or 2024-06-01: the year counts).' }),
    until: t.string({ required: false, description: 'Only pledges whose period (or year) starts in this year or earlier.' }),
    includeRejected: t.boolean({ required: false, description: 'Also pledges a person rejected (left out, and out of every total, by default).' }),
  }),
});

const Input = z.object({
  by: z.string().min(1).max(200).nullish(),
  to: z.string().min(1).max(200).nullish(),
  byCountry: z.string().min(1).max(200).nullish(),
  sector: z.string().min(1).max(200).nullish(),
  kind: z.array(z.enum(PLEDGE_KINDS)).min(1).nullish(),
  status: z.array(z.enum(PLEDGE_STATUSES)).min(1).nullish(),
  minUsd: z.number().nonnegative().finite().nullish(),
  since: PartialDate.nullish(),
  until: PartialDate.nullish(),
  includeRejected: z.boolean().nullish(),
}).nullish();

const year = (d: string | null | undefined) => (d ? Number(d.slice(0, 4)) : null);

/** Validates a PledgeFilter (BAD_USER_INPUT on error) into read parameters. */
export function toPledgeFilterParams(value: unknown): PledgeFilterParams {
  const f = validate(Input, value);
  return {
    by: f?.by ?? null, to: f?.to ?? null, byCountry: f?.byCountry ?? null, sector: f?.sector ?? null,
    kinds: f?.kind ?? null, statuses: f?.status ?? null, minUsd: f?.minUsd ?? null,
    sinceYear: year(f?.since), untilYear: year(f?.until), includeRejected: f?.includeRejected ?? false,
  };
}
