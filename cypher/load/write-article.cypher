// One article already in the graph, and its Evidence: upsert the Article (its lock makes two loads of
// one article take turns), delete its Evidence the plan does not keep, MERGE the plan's. Returns the
// fact keys of the deleted Evidence (to prune). New articles go through create-articles and
// create-evidence instead; the facts go through write-actors/-sectors/-pledges/-relations.
MERGE (a:Article {id: $article.id})
SET a += $article, a.loadedAt = datetime()
WITH a
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
CALL (a) {
  UNWIND $evidence AS row
  MERGE (e:Evidence {id: row.id})
  SET e += row, e.start = toInteger(row.start), e.end = toInteger(row.end), e.mentions = toInteger(row.mentions)
  MERGE (e)-[:FROM_ARTICLE]->(a)
}
RETURN staleKeys, evidenceRemoved, size($evidence) - evidenceKept AS evidenceCreated
