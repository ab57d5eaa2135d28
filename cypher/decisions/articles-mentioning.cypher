// Articles that mention any of these actors (keys actor:<id>): the ones a merge or split re-plans.
UNWIND $keys AS key
MATCH (e:Evidence {factKey: key})
RETURN DISTINCT e.articleId AS id
ORDER BY id
