UNWIND $ids AS key
MATCH (a:Actor {id: key})
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, a.country AS country
