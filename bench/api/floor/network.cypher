// Relations between actors that focus on a sector (or its sub-sectors), heaviest first.
MATCH (:Sector {id: $sector})<-[:SUBSECTOR_OF*0..]-(:Sector)<-[:FOCUSES_ON]-(a:Actor)
WITH DISTINCT a
MATCH (a)-[r]->(b:Actor)
WITH r, a, b, COUNT { MATCH (e:Evidence {factKey: r.key}) } AS weight
ORDER BY weight DESC, r.key
LIMIT $first
RETURN type(r) AS type, a.id AS from, b.id AS to, r.key AS key, weight
