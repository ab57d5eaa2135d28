// One article already in the graph: upsert the Article (its lock makes two loads of one article take
// turns, so its Evidence needs no MERGE) and refresh the Evidence the plan keeps. Returns the ids of
// the Evidence it holds; the caller deletes what the plan drops (delete-stale-evidence) and creates
// what is new (create-evidence), the same statements a new or deleted article goes through.
MERGE (a:Article {id: $article.id})
SET a += $article, a.loadedAt = datetime()
WITH a
CALL (a) {
  UNWIND $evidence AS row
  MATCH (a)<-[:FROM_ARTICLE]-(kept:Evidence {id: row.id})
  SET kept.quote = row.quote, kept.rule = row.rule, kept.confidence = row.confidence, kept.mentions = toInteger(row.mentions)
}
RETURN COLLECT { MATCH (a)<-[:FROM_ARTICLE]-(e:Evidence) RETURN e.id } AS stored
