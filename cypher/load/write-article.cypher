// One article and its Evidence, for an article that may be in the graph already: upsert the Article
// (its lock makes two loads of one article take turns), delete its Evidence the plan does not keep,
// then write the plan's. Returns the fact keys of the deleted Evidence (to prune). The facts the
// Evidence supports are written by write-actors/-sectors/-pledges/-relations, in the same transaction.
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
  SET e = row, e.start = toInteger(row.start), e.end = toInteger(row.end), e.mentions = toInteger(row.mentions)
  CREATE (e)-[:FROM_ARTICLE]->(a)
}
CALL (a, fresh) {
  WITH * WHERE NOT fresh
  UNWIND $evidence AS row
  MERGE (e:Evidence {id: row.id})
  SET e += row, e.start = toInteger(row.start), e.end = toInteger(row.end), e.mentions = toInteger(row.mentions)
  MERGE (e)-[:FROM_ARTICLE]->(a)
}
RETURN staleKeys, evidenceRemoved, size($evidence) - evidenceKept AS evidenceCreated
