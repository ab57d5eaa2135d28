MATCH (a:Article {id: $articleId})
DETACH DELETE a
