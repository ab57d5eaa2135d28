UNWIND $ids AS key
MATCH (a:Article {id: key})
RETURN a.id AS id, a.text AS text
