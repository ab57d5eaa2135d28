// Evidence of articles this transaction created (create-articles): none of it can exist, so CREATE,
// much cheaper than MERGE for the bulk of a load. The property map is written out, not `SET e = row`:
// Neo4j then resolves the property names once per statement instead of once per row. Offsets arrive
// as JavaScript numbers (floats). write-article creates the Evidence of a changed article the same way.
UNWIND $evidence AS row
MATCH (a:Article {id: row.articleId})
CREATE (e:Evidence {id: row.id, factKey: row.factKey, articleId: row.articleId, quote: row.quote,
  start: toInteger(row.start), end: toInteger(row.end), rule: row.rule, confidence: row.confidence,
  date: row.date, mentions: toInteger(row.mentions)})-[:FROM_ARTICLE]->(a)
