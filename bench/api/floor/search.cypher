// Actors and sectors by folded name or alias, through the full-text index.
CALL db.index.fulltext.queryNodes('name_search', $query, {limit: $first}) YIELD node, score
RETURN node.id AS id, node.name AS name, node.kind AS kind, score
