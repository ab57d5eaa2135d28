// The facts of one or more articles (rows merged by src/core/plan/merge-facts: one per node or
// relationship): actors, sectors, pledges and relationships, MERGEd. Types and labels come from fixed
// lists checked by the planner (RelationType, ActorKind). Returns what was created.
// Existing actors are written only when something is new (aliases, or the gazetteer's name, kind or
// country), so articles loaded in parallel do not queue on hub nodes such as Việt Nam.
CALL () {
  UNWIND $actors AS row
  OPTIONAL MATCH (old:Actor {id: row.id})
  WITH row, old IS NULL AS isNew
  MERGE (n:Actor {id: row.id})
  ON CREATE SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.searchText = row.searchText,
    n.country = row.country, n:$(row.label)
  WITH n, row, isNew,
    [x IN row.aliases WHERE NOT x IN n.aliases] AS newAliases,
    [f IN row.searchForms WHERE NOT (' ' + n.searchText + ' ') CONTAINS (' ' + f + ' ')] AS newForms
  CALL (n, newAliases, newForms) {
    WITH * WHERE size(newAliases) > 0 OR size(newForms) > 0
    SET n.aliases = n.aliases + newAliases,
      n.searchText = trim(n.searchText + reduce(s = '', f IN newForms | s + ' ' + f))
  }
  CALL (n, row) {
    WITH * WHERE row.gazetteer AND (n.name <> row.name OR n.kind <> row.kind OR coalesce(n.country, '') <> coalesce(row.country, ''))
    REMOVE n:Company:Government:Organization:University:Country:Place:Facility:Person
    SET n.name = row.name, n.kind = row.kind, n.country = row.country, n:$(row.label)
  }
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS actorsCreated
}
// Sectors an article mentions: created when missing, never overwritten (the vocabulary is reference data).
CALL () {
  UNWIND $sectors AS row
  MERGE (s:Sector {id: row.id})
  ON CREATE SET s.name = row.name, s.nameVi = row.nameVi, s.parent = row.parent, s.searchText = row.searchText
}
// A pledge's year: its period's start when there is one, else the earliest article year seen. An
// existing pledge is written only when it changes (rowHash), so articles repeating it do not queue on it.
CALL () {
  UNWIND $pledges AS row
  MATCH (by:Actor {id: row.by})
  OPTIONAL MATCH (old:Pledge {id: row.id})
  WITH by, row, old IS NULL AS isNew
  MERGE (p:Pledge {id: row.id})
  WITH by, row, isNew, p,
    CASE WHEN row.periodStart IS NOT NULL OR p.year IS NULL OR row.year < p.year THEN row.year ELSE p.year END AS year
  CALL (p, row, year) {
    WITH * WHERE p.rowHash IS NULL OR p.rowHash <> row.rowHash OR coalesce(p.year, -1) <> coalesce(year, -1)
    SET p.kind = row.kind, p.amount = row.amount, p.unit = row.unit, p.amountText = row.amountText,
      p.amountUsd = row.amountUsd, p.qualifier = row.qualifier, p.incremental = row.incremental,
      p.periodStart = row.periodStart, p.periodEnd = row.periodEnd, p.status = row.status, p.year = year,
      p.rowHash = row.rowHash
  }
  MERGE (by)-[:MADE]->(p)
  WITH p, row, isNew
  CALL (p, row) {
    WITH * WHERE row.to IS NOT NULL
    MATCH (t:Actor {id: row.to})
    MERGE (p)-[:TO]->(t)
  }
  CALL (p, row) {
    UNWIND row.requestedBy AS requesterId
    MATCH (q:Actor {id: requesterId})
    MERGE (p)-[:REQUESTED_BY]->(q)
  }
  CALL (p, row) {
    UNWIND row.sectors AS sectorId
    MATCH (s:Sector {id: sectorId})
    MERGE (p)-[:IN_SECTOR]->(s)
  }
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS pledgesCreated
}
// Relationships, one branch per type: a MERGE with a static type finds an existing relationship
// through the node's relationships of that type only, while a dynamic type ($(row.type)) makes Neo4j
// walk every relationship between the two nodes — on hubs, most of a load's work. Both ends come
// straight from index seeks: with an end computed in a subquery, MERGE locks both nodes even when the
// relationship exists, and parallel loads queue. An existing relationship is written only when this
// load brings a new date; `_new` marks one just created, to count it, and is removed at once.
CALL () {
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
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS relationsCreated
}
RETURN actorsCreated, pledgesCreated, relationsCreated
