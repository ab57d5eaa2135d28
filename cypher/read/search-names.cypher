CALL db.index.fulltext.queryNodes('name_search', $query, {limit: $scan}) YIELD node, score
WITH node, score, CASE WHEN node:Sector THEN 'sector' ELSE node.kind END AS kind
WHERE $kinds IS NULL OR kind IN $kinds
RETURN CASE WHEN node:Sector THEN 'Sector' ELSE 'Actor' END AS type, node.id AS id, node.name AS name, kind, score
ORDER BY score DESC, id
LIMIT $limit
