import { ACTOR_KINDS, ACTOR_RELATION_TYPES, PLEDGE_KINDS, PLEDGE_STATUSES, QUALIFIERS } from '../../core/claims.ts';
import { DECISION_KINDS, type DecisionKind, type ReviewStatus } from '../../core/decisions/decision.ts';
import { builder } from '../builder.ts';

const upper = (s: string) => s.toUpperCase();

const ACTOR_KIND_HELP: Record<string, string> = {
  company: 'A company or corporate group',
  government: 'A ministry, agency, embassy or city/provincial government',
  organization: 'An international body, network, association or centre',
  university: 'A university or research institute',
  country: 'A country',
  place: 'A city, province, park or region',
  facility: 'A plant, campus, data centre or R&D centre',
  person: 'A person',
};

export const ActorKindEnum = builder.enumType('ActorKind', {
  description: 'What kind of actor this is.',
  values: Object.fromEntries(ACTOR_KINDS.map((k) => [upper(k), { value: k, description: ACTOR_KIND_HELP[k] }])) as Record<string, { value: string; description: string }>,
});

export const SearchKindEnum = builder.enumType('SearchKind', {
  description: 'What `search` may return: any actor kind, or SECTOR.',
  values: Object.fromEntries([...ACTOR_KINDS, 'sector'].map((k) => [upper(k), { value: k, description: ACTOR_KIND_HELP[k] ?? 'A sector of the controlled vocabulary' }])) as Record<string, { value: string; description: string }>,
});

const RELATION_HELP: Record<string, string> = {
  INVESTS_IN: 'Invests money in (or in a place)',
  TRAINS: 'Trains people of',
  VISITS: 'Visits',
  MEETS: 'Meets or works with (no direction)',
  PARTNERS_WITH: 'Cooperates or signs an agreement with (no direction)',
  HOLDS_ROLE: 'A person holds a role (the title is in `role`) in an organisation',
  SUBSIDIARY_OF: 'Is a subsidiary of',
  PART_OF: 'Is part of',
  LOCATED_IN: 'Is located in',
  OPERATES: 'Operates (a facility)',
  FOCUSES_ON: 'Works in a sector',
};

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'The kind of relation between two actors.',
  values: Object.fromEntries(ACTOR_RELATION_TYPES.map((t) => [t, { value: t, description: RELATION_HELP[t] }])) as Record<string, { value: string; description: string }>,
});

export const NetworkEdgeTypeEnum = builder.enumType('NetworkEdgeType', {
  description: 'Edge kinds in `network`: every relation type plus PLEDGE (from who pledges to the recipient).',
  values: Object.fromEntries([
    ...ACTOR_RELATION_TYPES.map((t) => [t, { value: t, description: RELATION_HELP[t] }]),
    ['PLEDGE', { value: 'PLEDGE', description: 'A pledge from `source` to `target`' }],
  ]) as Record<string, { value: string; description: string }>,
});

export const DirectionEnum = builder.enumType('Direction', {
  description: 'How a relation points, seen from the actor (or path hop) it is listed under.',
  values: {
    OUTGOING: { value: 'OUTGOING', description: 'From this actor to the other' },
    INCOMING: { value: 'INCOMING', description: 'From the other actor to this one' },
    UNDIRECTED: { value: 'UNDIRECTED', description: 'A symmetric relation (MEETS, PARTNERS_WITH)' },
  },
});

export const PledgeKindEnum = builder.enumType('PledgeKind', {
  description: 'What is pledged.',
  values: Object.fromEntries(PLEDGE_KINDS.map((k) => [upper(k), { value: k, description: `A pledge of kind "${k}"` }])) as Record<string, { value: string; description: string }>,
});

const STATUS_HELP: Record<string, string> = {
  interest: 'Wants to, is interested (muốn, quan tâm)',
  proposed: 'Proposed or requested (đề nghị, đề xuất)',
  planned: 'Planned or expected (dự kiến, sẽ, kế hoạch)',
  committed: 'Committed or signed (cam kết, ký kết)',
  in_progress: 'Under way or being disbursed (đang triển khai, giải ngân)',
  completed: 'Done (hoàn thành)',
  cancelled: 'Called off',
};

export const PledgeStatusEnum = builder.enumType('PledgeStatus', {
  description: 'How firm a pledge is, from interest to completed (or cancelled).',
  values: Object.fromEntries(PLEDGE_STATUSES.map((k) => [upper(k), { value: k, description: STATUS_HELP[k] }])) as Record<string, { value: string; description: string }>,
});

export const ReviewStatusEnum = builder.enumType('ReviewStatus', {
  description: 'What a person has decided about a relation or pledge (see `decisions`).',
  values: {
    EXTRACTED: { value: 'EXTRACTED', description: 'As extraction states it: nobody has checked it' },
    CONFIRMED: { value: 'CONFIRMED', description: 'Checked by a person and found right (confirmFact)' },
    CORRECTED: { value: 'CORRECTED', description: 'A person corrected some of its values (correctPledge)' },
    REJECTED: { value: 'REJECTED', description: 'A person found it wrong (rejectFact): left out of every list, total, path, network and export unless `includeRejected: true`' },
  } satisfies Record<ReviewStatus, { value: ReviewStatus; description: string }>,
});

const DECISION_HELP: Record<DecisionKind, string> = {
  merge: 'Two actors are one (mergeActors): the second is merged into the first',
  split: 'Two actors must never be joined (splitActors)',
  rename: 'An actor\'s name or kind set by a person (renameActor)',
  reject: 'A relation or pledge is wrong (rejectFact)',
  confirm: 'A relation or pledge was checked and is right (confirmFact)',
  correct: 'Some values of a pledge corrected (correctPledge)',
  undo: 'An earlier decision taken back (undoDecision)',
};

export const DecisionKindEnum = builder.enumType('DecisionKind', {
  description: 'What a decision does.',
  values: Object.fromEntries(DECISION_KINDS.map((k) => [upper(k), { value: k, description: DECISION_HELP[k] }])) as Record<string, { value: string; description: string }>,
});

export const QualifierEnum = builder.enumType('AmountQualifier', {
  description: 'How the text qualifies an amount ("hơn", "ít nhất", "gần", "lên tới", "khoảng").',
  values: Object.fromEntries(QUALIFIERS.map((k) => [upper(k), { value: k, description: `The amount is ${k.replace('_', ' ')} the figure` }])) as Record<string, { value: string; description: string }>,
});
