UNWIND $ids AS key
OPTIONAL MATCH (:Actor {id: key})-[f:FOCUSES_ON]->(s:Sector) WHERE coalesce(f.review, '') <> 'REJECTED'
WITH key, s ORDER BY s.id
RETURN key, collect(s.id) AS sectorIds
