import { z } from 'zod';
import { PartialDate, RELATION_TYPES } from '../../core/claims.ts';
import type { PartnerRow } from '../../graph/read/partners.ts';
import { builder } from '../builder.ts';
import { decodeCursor } from '../cursor.ts';
import { selectedIntArguments, selects } from '../lookahead.ts';
import { pageSize, toPage } from '../page.ts';
import { validate } from '../validate.ts';
import { RelationTypeEnum } from './enums.ts';
import { evidencePerFact } from './evidence.ts';
import { ActorRef, RelationRef } from './refs.ts';

const Args = z.object({
  types: z.array(z.enum(RELATION_TYPES)).min(1).nullish(),
  sector: z.string().min(1).max(200).nullish(),
  since: PartialDate.nullish(),
  until: PartialDate.nullish(),
});

const EVIDENCE_PATH = ['edges', 'relations', 'evidence'];

type PartnerEdge = { cursor: string; node: PartnerRow & { viewpoint: string } };

builder.objectFields(ActorRef, (t) => ({
  partners: t.connection({
    type: ActorRef,
    description: 'Who this actor is linked with, most relations first, each with the relations between them and their evidence. Page with `first`/`after`.',
    args: {
      types: t.arg({ type: [RelationTypeEnum], required: false, description: 'Only these relation types.' }),
      sector: t.arg.string({ required: false, description: 'Only partners working in this sector (or its sub-sectors), or linked to this actor by a pledge in it.' }),
      since: t.arg.string({ required: false, description: 'Only relations dated this date or later (2024, 2024-06 or 2024-06-25); undated relations drop out.' }),
      until: t.arg.string({ required: false, description: 'Only relations dated this date or earlier; undated relations drop out.' }),
      includeRejected: t.arg.boolean({ required: false, defaultValue: false, description: 'Also relations a person rejected (left out by default).' }),
    },
    resolve: async (actor, args, ctx, info) => {
      const size = pageSize(args, ctx.maxPageSize);
      // Evidence (and its articles) asked for under this field come in the partners query itself, as
      // many per relation as the largest `evidence(first:)` below asks for.
      const firsts = selectedIntArguments(info, EVIDENCE_PATH, 'first').map(evidencePerFact);
      const perFact = firsts.length ? Math.max(...firsts) : 0;
      const a = validate(Args, { types: args.types, sector: args.sector, since: args.since, until: args.until });
      const after = decodeCursor(args.after, 'number');
      const partners = await ctx.loaders.partners({
        types: a.types ?? null, sector: a.sector ?? null, since: a.since ?? null, until: a.until ?? null,
        after: after ? { weight: after.key, id: after.id } : null, limit: size + 1,
        includeRejected: args.includeRejected ?? false,
        evidencePerFact: perFact, withArticles: perFact > 0 && selects(info, [...EVIDENCE_PATH, 'article']),
      }).load(actor.id);
      return toPage(partners, size, after !== null, (p) => [p.weight, p.id], (p) => ({ ...p, viewpoint: actor.id }));
    },
  }, { name: 'PartnersConnection', description: 'A page of partners.' }, {
    name: 'PartnerEdge',
    description: 'One partner and how it is linked to the actor.',
    fields: (e) => ({
      relations: e.field({
        type: [RelationRef],
        description: 'The relations between the actor and this partner, with direction seen from the actor.',
        resolve: (edge) => (edge as PartnerEdge).node.relations.map((row) => ({ row, viewpoint: (edge as PartnerEdge).node.viewpoint })),
      }),
      weight: e.int({ description: 'How many relations link them.', resolve: (edge) => (edge as PartnerEdge).node.weight }),
    }),
  }),
}));
