import { SYMMETRIC_RELATIONS, type RelationType } from '../../core/claims.ts';
import { DirectionEnum, RelationTypeEnum, ReviewStatusEnum } from './enums.ts';
import { loadActor } from './load.ts';
import { evidenceField } from './evidence.ts';
import { ActorRef, DecisionRef, RelationRef } from './refs.ts';

RelationRef.implement({
  description: 'A relation between two actors as the articles state it, with every piece of evidence.',
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, description: 'What kind of relation.', resolve: (r) => r.row.type }),
    direction: t.field({
      type: DirectionEnum,
      description: 'OUTGOING when the actor this is listed under is the subject (e.g. it INVESTS_IN the other), INCOMING when it is the object.',
      resolve: ({ row, viewpoint }) =>
        SYMMETRIC_RELATIONS.has(row.type as RelationType) ? 'UNDIRECTED' : row.from === viewpoint ? 'OUTGOING' : 'INCOMING',
    }),
    from: t.field({ type: ActorRef, description: 'The subject of the relation (for symmetric ones: the end with the smaller id).', resolve: (r, _a, ctx) => loadActor(ctx, r.row.from) }),
    to: t.field({ type: ActorRef, description: 'The object of the relation.', resolve: (r, _a, ctx) => loadActor(ctx, r.row.to) }),
    role: t.string({ nullable: true, description: 'The title, for HOLDS_ROLE (e.g. "Chủ tịch").', resolve: (r) => r.row.role }),
    dates: t.stringList({ description: 'Every date the articles give for this relation (ISO, may be partial: 2024, 2024-08).', resolve: (r) => r.row.dates }),
    firstDate: t.string({ nullable: true, description: 'The earliest of `dates`.', resolve: (r) => r.row.firstDate }),
    lastDate: t.string({ nullable: true, description: 'The latest of `dates`.', resolve: (r) => r.row.lastDate }),
    key: t.string({ description: 'Its fact key (`rel:<TYPE>:<from>:<to>[:<role>]`), as `rejectFact` and `confirmFact` take it.', resolve: (r) => r.row.key }),
    status: t.field({ type: ReviewStatusEnum, description: 'What a person has decided about it: EXTRACTED (nobody yet), CONFIRMED or REJECTED.', resolve: (r) => (r.row.review ?? 'EXTRACTED') as never }),
    decision: t.field({ type: DecisionRef, nullable: true, description: 'The last decision that touched it (reject or confirm), when there is one.', resolve: (r, _a, ctx) => (r.row.decision ? ctx.loaders.decisions.load(r.row.decision) : null) }),
    evidence: evidenceField(t, 'state this relation', (r) => r.row.key),
  }),
});

