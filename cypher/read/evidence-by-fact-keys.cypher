UNWIND $keys AS key
CALL (key) {
  // In the order of the (factKey, articleId, start) index: the first $perKey are read, not all of them.
  MATCH (e:Evidence {factKey: key}) USING INDEX e:Evidence(factKey, articleId, start)
  WHERE e.articleId IS NOT NULL AND e.start IS NOT NULL
  RETURN e ORDER BY e.factKey, e.articleId, e.start LIMIT $perKey
}
RETURN key, e.id AS id, e.articleId AS articleId, e.quote AS quote, e.start AS start, e.end AS end,
       e.rule AS rule, e.confidence AS confidence, e.date AS date
