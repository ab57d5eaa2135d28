/** Object refs declared before their fields, so type files can point at each other without cycles. */
import type { ActorRow } from '../../graph/read/actors.ts';
import type { ArticleRow } from '../../graph/read/articles.ts';
import type { EvidenceRow } from '../../graph/read/evidence.ts';
import type { PledgeRow } from '../../graph/read/pledges.ts';
import type { RelationRow } from '../../graph/read/relations.ts';
import type { SectorRow } from '../../graph/read/sectors.ts';
import type { DecisionRow } from '../../core/decisions/decision.ts';
import { builder } from '../builder.ts';

export const ActorRef = builder.objectRef<ActorRow>('Actor');
export const SectorRef = builder.objectRef<SectorRow>('Sector');
export const ArticleRef = builder.objectRef<ArticleRow>('Article');
export const PledgeRef = builder.objectRef<PledgeRow>('Pledge');
export const EvidenceRef = builder.objectRef<EvidenceRow>('Evidence');
export const DecisionRef = builder.objectRef<DecisionRow>('Decision');
/** A relation seen from one end (`viewpoint`), which sets its direction. */
export const RelationRef = builder.objectRef<{ row: RelationRow; viewpoint: string }>('Relation');
