MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (e:Evidence {id: row.id})
SET e += row
MERGE (e)-[:FROM_ARTICLE]->(a)
