import type { ActorKind } from '../claims.ts';

/** An actor as the rules see it, before mentions are gathered. */
export interface ActorCandidate {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  source: 'gazetteer' | 'pattern';
  /** Known aliases (gazetteer) and surface forms (patterns). */
  aliases: string[];
  partOf: string | null;
  /** Host place named inside the name ("Đại sứ quán Việt Nam tại Lào" → Lào). */
  locatedIn?: string;
}

/** A stretch of tokens that names an actor. */
export interface ActorSpan {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  actor: ActorCandidate;
  rule: string;
  confidence: number;
}
