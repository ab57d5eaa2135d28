// First write of an article's load: locks the Article node, so two loads of one article take turns.
MERGE (a:Article {id: $article.id})
SET a += $article, a.loadedAt = datetime()
