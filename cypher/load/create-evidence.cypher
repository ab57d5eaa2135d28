// Evidence of articles this transaction created (create-articles): none of it can exist, so CREATE,
// much cheaper than MERGE for the bulk of a load. Offsets arrive as JavaScript numbers (floats).
UNWIND $evidence AS row
MATCH (a:Article {id: row.articleId})
CREATE (e:Evidence)
SET e = row, e.start = toInteger(row.start), e.end = toInteger(row.end), e.mentions = toInteger(row.mentions)
CREATE (e)-[:FROM_ARTICLE]->(a)
