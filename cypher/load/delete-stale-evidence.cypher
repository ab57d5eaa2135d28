// The article's Evidence that the new plan does not keep; returns what it supported, to prune.
MATCH (:Article {id: $articleId})<-[:FROM_ARTICLE]-(e:Evidence)
WHERE NOT e.id IN $keep
WITH e, e.factKey AS factKey
DETACH DELETE e
RETURN collect(DISTINCT factKey) AS factKeys
