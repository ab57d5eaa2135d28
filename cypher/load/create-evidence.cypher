// Evidence of articles this transaction created (create-articles): none of it can exist, so CREATE,
// much cheaper than MERGE for the bulk of a load.
UNWIND $evidence AS row
MATCH (a:Article {id: row.articleId})
CREATE (e:Evidence)
SET e = row
CREATE (e)-[:FROM_ARTICLE]->(a)
