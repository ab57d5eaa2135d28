// One article's writes in one statement (a round trip each would dominate a big load): upsert the
// Article (its lock makes two loads of one article take turns), delete its Evidence the plan does not
// keep, then MERGE Evidence, actors, sectors, pledges and relationships. Returns the fact keys of the
// deleted Evidence (to prune) and what was created. Types and labels come from fixed lists checked by
// the planner (RelationType, ActorKind).
// `fresh`: this transaction just created the Article (MERGE holds the new index entry's lock until
// commit, so a parallel load of the same article waits and then sees the claimsHash): no Evidence of
// it can exist, so its Evidence is CREATEd — much cheaper than MERGE for the bulk of a load.
MERGE (a:Article {id: $article.id})
WITH a, a.claimsHash IS NULL AS fresh
SET a += $article, a.loadedAt = datetime()
WITH a, fresh
CALL (a) {
  MATCH (e:Evidence {articleId: a.id})
  RETURN count(CASE WHEN e.id IN $keep THEN 1 END) AS evidenceKept,
    collect(CASE WHEN NOT e.id IN $keep THEN e END) AS stale
}
CALL (stale) {
  UNWIND stale AS e
  WITH e, e.factKey AS factKey
  DETACH DELETE e
  RETURN collect(DISTINCT factKey) AS staleKeys, count(*) AS evidenceRemoved
}
CALL (a, fresh) {
  WITH * WHERE fresh
  UNWIND $evidence AS row
  CREATE (e:Evidence)
  SET e = row
  CREATE (e)-[:FROM_ARTICLE]->(a)
}
CALL (a, fresh) {
  WITH * WHERE NOT fresh
  UNWIND $evidence AS row
  MERGE (e:Evidence {id: row.id})
  SET e += row
  MERGE (e)-[:FROM_ARTICLE]->(a)
}
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
    WITH * WHERE row.requestedBy IS NOT NULL
    MATCH (q:Actor {id: row.requestedBy})
    MERGE (p)-[:REQUESTED_BY]->(q)
  }
  CALL (p, row) {
    UNWIND row.sectors AS sectorId
    MATCH (s:Sector {id: sectorId})
    MERGE (p)-[:IN_SECTOR]->(s)
  }
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS pledgesCreated
}
// Relationships, to actors and (FOCUSES_ON) to sectors: the same steps twice, because both ends must
// come straight from index seeks — with an end node computed in a subquery, MERGE locks both nodes even
// when the relationship exists, and parallel loads queue. An existing relationship is written only when
// this article brings a new date; `_new` marks one just created, to count it, and is removed at once.
CALL () {
  UNWIND $relationsToActors AS row
  MATCH (from:Actor {id: row.from})
  MATCH (to:Actor {id: row.to})
  MERGE (from)-[r:$(row.type) {key: row.key}]->(to)
  ON CREATE SET r.role = row.role, r.dates = row.dates, r.firstDate = row.dates[0], r.lastDate = row.dates[-1], r._new = true
  WITH r, row, r._new IS NOT NULL AS isNew
  CALL (r, isNew) {
    WITH * WHERE isNew
    REMOVE r._new
  }
  CALL (r, row) {
    WITH * WHERE any(d IN row.dates WHERE NOT d IN r.dates)
    CALL (r, row) {
      UNWIND r.dates + row.dates AS d
      WITH DISTINCT d ORDER BY d
      RETURN collect(d) AS dates
    }
    SET r.dates = dates, r.firstDate = dates[0], r.lastDate = dates[-1]
  }
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS toActorsCreated
}
CALL () {
  UNWIND $relationsToSectors AS row
  MATCH (from:Actor {id: row.from})
  MATCH (to:Sector {id: row.to})
  MERGE (from)-[r:$(row.type) {key: row.key}]->(to)
  ON CREATE SET r.role = row.role, r.dates = row.dates, r.firstDate = row.dates[0], r.lastDate = row.dates[-1], r._new = true
  WITH r, row, r._new IS NOT NULL AS isNew
  CALL (r, isNew) {
    WITH * WHERE isNew
    REMOVE r._new
  }
  CALL (r, row) {
    WITH * WHERE any(d IN row.dates WHERE NOT d IN r.dates)
    CALL (r, row) {
      UNWIND r.dates + row.dates AS d
      WITH DISTINCT d ORDER BY d
      RETURN collect(d) AS dates
    }
    SET r.dates = dates, r.firstDate = dates[0], r.lastDate = dates[-1]
  }
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS toSectorsCreated
}
RETURN staleKeys, evidenceRemoved, size($evidence) - evidenceKept AS evidenceCreated, actorsCreated, pledgesCreated,
  toActorsCreated + toSectorsCreated AS relationsCreated
