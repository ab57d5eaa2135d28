CALL db.index.fulltext.queryNodes('name_search', $query, {limit: 25}) YIELD node AS a, score
WHERE a:Actor
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, a.country AS country
ORDER BY score DESC, a.id
