// Each hit comes with the fields actors-by-ids / sectors-by-ids give, so the API fills its loaders from
// here and `node` costs no second statement.
CALL db.index.fulltext.queryNodes('name_search', $query, {limit: $scan}) YIELD node, score
WITH node, score, CASE WHEN node:Sector THEN 'sector' ELSE node.kind END AS kind
WHERE $kinds IS NULL OR kind IN $kinds
WITH node, score, kind, node.id AS id
ORDER BY score DESC, id
LIMIT $limit
RETURN CASE WHEN node:Sector THEN 'Sector' ELSE 'Actor' END AS type, id, node.name AS name, kind, score,
       CASE WHEN node:Sector THEN null ELSE node {.id, .name, .kind, .aliases, .country} END AS actor,
       CASE WHEN node:Sector THEN node {.id, .name, .nameVi, .parent} END AS sector
