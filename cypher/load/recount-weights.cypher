// Part of a load's writes (src/graph/load/refresh-weights.ts), last: the weight of each relationship
// between actors and each pledge that lost Evidence in this transaction, counted afresh (= how many
// Evidence state it). Each is locked (the _lock write) before its Evidence is counted, so a load adding
// Evidence to it at the same time waits, and whichever commits last counts the other's. Keys come
// sorted, so locks are taken in one order. One branch per type, as in add-weights.
CALL () {
  UNWIND $relations.INVESTS_IN AS row
  MATCH ()-[r:INVESTS_IN {key: row.key}]->()
  RETURN r
  UNION ALL
  UNWIND $relations.TRAINS AS row
  MATCH ()-[r:TRAINS {key: row.key}]->()
  RETURN r
  UNION ALL
  UNWIND $relations.VISITS AS row
  MATCH ()-[r:VISITS {key: row.key}]->()
  RETURN r
  UNION ALL
  UNWIND $relations.MEETS AS row
  MATCH ()-[r:MEETS {key: row.key}]->()
  RETURN r
  UNION ALL
  UNWIND $relations.PARTNERS_WITH AS row
  MATCH ()-[r:PARTNERS_WITH {key: row.key}]->()
  RETURN r
  UNION ALL
  UNWIND $relations.HOLDS_ROLE AS row
  MATCH ()-[r:HOLDS_ROLE {key: row.key}]->()
  RETURN r
  UNION ALL
  UNWIND $relations.SUBSIDIARY_OF AS row
  MATCH ()-[r:SUBSIDIARY_OF {key: row.key}]->()
  RETURN r
  UNION ALL
  UNWIND $relations.PART_OF AS row
  MATCH ()-[r:PART_OF {key: row.key}]->()
  RETURN r
  UNION ALL
  UNWIND $relations.LOCATED_IN AS row
  MATCH ()-[r:LOCATED_IN {key: row.key}]->()
  RETURN r
  UNION ALL
  UNWIND $relations.OPERATES AS row
  MATCH ()-[r:OPERATES {key: row.key}]->()
  RETURN r
}
CALL (r) {
  SET r._lock = true
  WITH r, COUNT { MATCH (e:Evidence {factKey: r.key}) } AS weight
  SET r.weight = weight
  REMOVE r._lock
}
WITH count(*) AS relations
CALL () {
  UNWIND $pledges AS row
  MATCH (p:Pledge {id: row.id})
  SET p._lock = true
  WITH p, COUNT { MATCH (e:Evidence {factKey: 'pledge:' + p.id}) } AS weight
  SET p.weight = weight
  REMOVE p._lock
  RETURN count(*) AS pledges
}
RETURN relations, pledges
