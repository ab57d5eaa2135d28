// One article already in the graph, and its Evidence: upsert the Article (its lock makes two loads of
// one article take turns, so the Evidence below needs no MERGE), delete its Evidence the plan does not
// keep, refresh the kept ones, create the rest (the same properties as create-evidence). Returns the
// fact keys of the deleted Evidence (to prune). New articles go through create-articles and
// create-evidence instead; the facts go through write-actors/-sectors/-pledges/-relations.
MERGE (a:Article {id: $article.id})
SET a += $article, a.loadedAt = datetime()
WITH a
CALL (a) {
  OPTIONAL MATCH (a)<-[:FROM_ARTICLE]-(e:Evidence)
  RETURN collect(CASE WHEN NOT e.id IN $keep THEN e END) AS stale
}
CALL (stale) {
  UNWIND stale AS e
  WITH e, e.factKey AS factKey
  DETACH DELETE e
  RETURN collect(DISTINCT factKey) AS staleKeys, count(*) AS evidenceRemoved
}
CALL (a) {
  UNWIND $evidence AS row
  OPTIONAL MATCH (a)<-[:FROM_ARTICLE]-(kept:Evidence {id: row.id})
  CALL (row, kept) {
    WITH * WHERE kept IS NOT NULL
    SET kept.quote = row.quote, kept.rule = row.rule, kept.confidence = row.confidence, kept.mentions = toInteger(row.mentions)
  }
  CALL (a, row, kept) {
    WITH * WHERE kept IS NULL
    CREATE (e:Evidence {id: row.id, factKey: row.factKey, articleId: row.articleId, quote: row.quote,
      start: toInteger(row.start), end: toInteger(row.end), rule: row.rule, confidence: row.confidence,
      date: row.date, mentions: toInteger(row.mentions)})-[:FROM_ARTICLE]->(a)
  }
  RETURN count(CASE WHEN kept IS NULL THEN 1 END) AS evidenceCreated
}
RETURN staleKeys, evidenceRemoved, evidenceCreated
