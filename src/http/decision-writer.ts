/** The decision mutations' writer: one write transaction per decision, refusals mapped to coded errors. */
import neo4j from 'neo4j-driver';
import type { Reference } from '../core/reference.ts';
import type { DecisionWriter } from '../gql/context.ts';
import { codedError, mapGraphError } from '../gql/errors.ts';
import { DecisionError, makeDecision } from '../graph/decisions/decide.ts';
import type { Extract } from '../graph/load/plan-files.ts';
import { readReference } from '../io/read-reference.ts';
import type { GraphHandle } from './graph-access.ts';

export function createDecisionWriter(graph: GraphHandle, opts: { loadReference?: () => Promise<Reference>; extract?: Extract } = {}): DecisionWriter {
  let reference: Promise<Reference> | null = null;
  return {
    async decide(request, { editor, reason }) {
      reference ??= (opts.loadReference ?? (() => readReference()))();
      const deps = { reference: await reference, extract: opts.extract };
      const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        // executeWrite retries a deadlock with a load meeting the same nodes; a refusal is not retried.
        return await session.executeWrite((tx) => makeDecision(tx, request, { editor, reason, deps }));
      } catch (err) {
        if (err instanceof DecisionError) throw codedError(err.code, err.message);
        throw mapGraphError(err);
      } finally {
        await session.close();
      }
    },
  };
}
