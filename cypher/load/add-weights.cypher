// Part of a load's writes (src/graph/load/refresh-weights.ts), after the facts: each relationship
// between actors and each pledge gains the Evidence this transaction created for it (`delta`). Reading
// the weight in the SET makes Cypher lock it first, so two loads adding to one fact take turns and
// neither loses the other's. One branch per type: a static type finds the relationship by its key index.
CALL () {
  UNWIND $relations.INVESTS_IN AS row
  MATCH ()-[r:INVESTS_IN {key: row.key}]->()
  RETURN r, row.delta AS delta
  UNION ALL
  UNWIND $relations.TRAINS AS row
  MATCH ()-[r:TRAINS {key: row.key}]->()
  RETURN r, row.delta AS delta
  UNION ALL
  UNWIND $relations.VISITS AS row
  MATCH ()-[r:VISITS {key: row.key}]->()
  RETURN r, row.delta AS delta
  UNION ALL
  UNWIND $relations.MEETS AS row
  MATCH ()-[r:MEETS {key: row.key}]->()
  RETURN r, row.delta AS delta
  UNION ALL
  UNWIND $relations.PARTNERS_WITH AS row
  MATCH ()-[r:PARTNERS_WITH {key: row.key}]->()
  RETURN r, row.delta AS delta
  UNION ALL
  UNWIND $relations.HOLDS_ROLE AS row
  MATCH ()-[r:HOLDS_ROLE {key: row.key}]->()
  RETURN r, row.delta AS delta
  UNION ALL
  UNWIND $relations.SUBSIDIARY_OF AS row
  MATCH ()-[r:SUBSIDIARY_OF {key: row.key}]->()
  RETURN r, row.delta AS delta
  UNION ALL
  UNWIND $relations.PART_OF AS row
  MATCH ()-[r:PART_OF {key: row.key}]->()
  RETURN r, row.delta AS delta
  UNION ALL
  UNWIND $relations.LOCATED_IN AS row
  MATCH ()-[r:LOCATED_IN {key: row.key}]->()
  RETURN r, row.delta AS delta
  UNION ALL
  UNWIND $relations.OPERATES AS row
  MATCH ()-[r:OPERATES {key: row.key}]->()
  RETURN r, row.delta AS delta
}
SET r.weight = coalesce(r.weight, 0) + delta
WITH count(*) AS relations
CALL () {
  UNWIND $pledges AS row
  MATCH (p:Pledge {id: row.id})
  SET p.weight = coalesce(p.weight, 0) + row.delta
  RETURN count(*) AS pledges
}
RETURN relations, pledges
