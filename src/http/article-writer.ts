/** The mutations' writer: the real extractor and loader, one write transaction per article. */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { extractArticle } from '../core/extract-article.ts';
import { planArticleLoad } from '../core/plan/plan-article.ts';
import type { Reference } from '../core/reference.ts';
import { normalizeText } from '../core/text/normalize.ts';
import type { ArticleWriter } from '../gql/context.ts';
import { mapGraphError } from '../gql/errors.ts';
import { deleteArticle, loadArticle } from '../graph/load/load-article.ts';
import { lockDecisionLog } from '../graph/decisions/log.ts';
import { readIdentityDecisions } from '../graph/decisions/rows.ts';
import { readReference } from '../io/read-reference.ts';
import type { GraphHandle } from './graph-access.ts';

export function createArticleWriter(graph: GraphHandle, loadReference: () => Promise<Reference> = () => readReference()): ArticleWriter {
  let reference: Promise<Reference> | null = null;
  const write = async <T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => {
    const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } catch (err) {
      throw mapGraphError(err);
    } finally {
      await session.close();
    }
  };
  return {
    async ingest(input) {
      reference ??= loadReference();
      const ref = await reference;
      const text = normalizeText(input.text);
      const claims = extractArticle({ file: null, ...input, text }, ref);
      // Planned inside the transaction, after the decision log is locked: the merges and splits it
      // replays are the graph's, and no decision is made until it commits.
      const plan = await write(async (tx) => {
        await lockDecisionLog(tx);
        const { merges } = await readIdentityDecisions(tx);
        const planned = planArticleLoad(claims, { ...ref, merges }, text);
        await loadArticle(tx, planned);
        return planned;
      });
      return {
        articleId: plan.article.id,
        actors: plan.actors.length,
        sectors: claims.sectors.length,
        pledges: plan.pledges.length,
        relations: plan.relations.length,
        evidence: plan.evidence.length,
      };
    },
    async delete(articleId) {
      return (await write((tx) => deleteArticle(tx, articleId))) !== null;
    },
  };
}
