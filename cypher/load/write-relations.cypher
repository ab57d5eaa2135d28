// Part of a load's writes (src/graph/load/load-article.ts): rows merged across the group's articles
// by src/core/plan/merge-facts, one per node or relationship.
// Relationships, one branch per type: a MERGE with a static type finds an existing relationship
// through the node's relationships of that type only, while a dynamic type ($(row.type)) makes Neo4j
// walk every relationship between the two nodes — on hubs, most of a load's work. Both ends come
// straight from index seeks: with an end computed in a subquery, MERGE locks both nodes even when the
// relationship exists, and parallel loads queue. An existing relationship is written only when this
// load brings a new date or new Evidence; `_new` marks one just created, to count it, and is removed at once.
CALL () {
  UNWIND $relations.INVESTS_IN AS row
  MATCH (from:Actor {id: row.from})
  MATCH (to:Actor {id: row.to})
  MERGE (from)-[r:INVESTS_IN {key: row.key}]->(to)
  ON CREATE SET r._new = true
  RETURN r, row
  UNION ALL
  UNWIND $relations.TRAINS AS row
  MATCH (from:Actor {id: row.from})
  MATCH (to:Actor {id: row.to})
  MERGE (from)-[r:TRAINS {key: row.key}]->(to)
  ON CREATE SET r._new = true
  RETURN r, row
  UNION ALL
  UNWIND $relations.VISITS AS row
  MATCH (from:Actor {id: row.from})
  MATCH (to:Actor {id: row.to})
  MERGE (from)-[r:VISITS {key: row.key}]->(to)
  ON CREATE SET r._new = true
  RETURN r, row
  UNION ALL
  UNWIND $relations.MEETS AS row
  MATCH (from:Actor {id: row.from})
  MATCH (to:Actor {id: row.to})
  MERGE (from)-[r:MEETS {key: row.key}]->(to)
  ON CREATE SET r._new = true
  RETURN r, row
  UNION ALL
  UNWIND $relations.PARTNERS_WITH AS row
  MATCH (from:Actor {id: row.from})
  MATCH (to:Actor {id: row.to})
  MERGE (from)-[r:PARTNERS_WITH {key: row.key}]->(to)
  ON CREATE SET r._new = true
  RETURN r, row
  UNION ALL
  UNWIND $relations.HOLDS_ROLE AS row
  MATCH (from:Actor {id: row.from})
  MATCH (to:Actor {id: row.to})
  MERGE (from)-[r:HOLDS_ROLE {key: row.key}]->(to)
  ON CREATE SET r._new = true
  RETURN r, row
  UNION ALL
  UNWIND $relations.SUBSIDIARY_OF AS row
  MATCH (from:Actor {id: row.from})
  MATCH (to:Actor {id: row.to})
  MERGE (from)-[r:SUBSIDIARY_OF {key: row.key}]->(to)
  ON CREATE SET r._new = true
  RETURN r, row
  UNION ALL
  UNWIND $relations.PART_OF AS row
  MATCH (from:Actor {id: row.from})
  MATCH (to:Actor {id: row.to})
  MERGE (from)-[r:PART_OF {key: row.key}]->(to)
  ON CREATE SET r._new = true
  RETURN r, row
  UNION ALL
  UNWIND $relations.LOCATED_IN AS row
  MATCH (from:Actor {id: row.from})
  MATCH (to:Actor {id: row.to})
  MERGE (from)-[r:LOCATED_IN {key: row.key}]->(to)
  ON CREATE SET r._new = true
  RETURN r, row
  UNION ALL
  UNWIND $relations.OPERATES AS row
  MATCH (from:Actor {id: row.from})
  MATCH (to:Actor {id: row.to})
  MERGE (from)-[r:OPERATES {key: row.key}]->(to)
  ON CREATE SET r._new = true
  RETURN r, row
  UNION ALL
  UNWIND $relations.FOCUSES_ON AS row
  MATCH (from:Actor {id: row.from})
  MATCH (to:Sector {id: row.to})
  MERGE (from)-[r:FOCUSES_ON {key: row.key}]->(to)
  ON CREATE SET r._new = true
  RETURN r, row
}
WITH r, row, r._new IS NOT NULL AS isNew
CALL (r, row, isNew) {
  WITH * WHERE isNew
  SET r.role = row.role, r.dates = row.dates, r.firstDate = row.dates[0], r.lastDate = row.dates[-1]
  REMOVE r._new
}
CALL (r, row, isNew) {
  WITH * WHERE NOT isNew AND any(d IN row.dates WHERE NOT d IN r.dates)
  CALL (r, row) {
    UNWIND r.dates + row.dates AS d
    WITH DISTINCT d ORDER BY d
    RETURN collect(d) AS dates
  }
  SET r.dates = dates, r.firstDate = dates[0], r.lastDate = dates[-1]
}
// `weight`: the Evidence this transaction created for it (new articles'; none for FOCUSES_ON). Reading
// the weight in the SET makes Cypher lock it first: two loads adding to one relation lose nothing.
CALL (r, row) {
  WITH * WHERE row.weight > 0
  SET r.weight = coalesce(r.weight, 0) + row.weight
}
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created, collect(CASE WHEN isNew THEN r.key END) AS createdKeys
