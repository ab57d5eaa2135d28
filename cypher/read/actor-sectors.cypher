UNWIND $ids AS key
OPTIONAL MATCH (:Actor {id: key})-[:FOCUSES_ON]->(s:Sector)
WITH key, s ORDER BY s.id
RETURN key, collect(s.id) AS sectorIds
