UNWIND $keys AS key
CALL (key) {
  MATCH (e:Evidence {factKey: key})
  RETURN e ORDER BY e.articleId, e.start LIMIT $perKey
}
RETURN key, e.id AS id, e.articleId AS articleId, e.quote AS quote, e.start AS start, e.end AS end,
       e.rule AS rule, e.confidence AS confidence, e.date AS date
