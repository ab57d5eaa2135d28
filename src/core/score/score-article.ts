/** Scores one article's claims against its gold annotation. */
import type { ArticleClaims } from '../claims.ts';
import type { GoldArticle } from './gold.ts';
import type { ActorScore } from './match-actors.ts';
import { scoreActors } from './match-actors.ts';
import type { PledgeScore } from './match-pledges.ts';
import { scorePledges } from './match-pledges.ts';
import type { RelationScore } from './match-relations.ts';
import { scoreRelations } from './match-relations.ts';
import { makeGoldResolver } from './names.ts';

export interface ArticleScore {
  file: string;
  actors: ActorScore;
  pledges: PledgeScore;
  relations: RelationScore;
}

export function scoreArticle(gold: GoldArticle, claims: ArticleClaims): ArticleScore {
  const resolveGold = makeGoldResolver(gold.actors);
  return {
    file: gold.file,
    actors: scoreActors(gold.actors, claims.actors),
    pledges: scorePledges(gold.pledges, claims.pledges, claims.actors, resolveGold),
    relations: scoreRelations(gold.relations, claims.relations, claims.actors, resolveGold),
  };
}
