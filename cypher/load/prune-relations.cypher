// Relationships whose last Evidence is gone. Keys are rel:<TYPE>:<from>:<to>[:<role>]; ids hold no ':'.
UNWIND $keys AS key
WITH key WHERE NOT EXISTS { MATCH (:Evidence {factKey: key}) }
MATCH (:Actor {id: split(key, ':')[2]})-[r]->()
WHERE r.key = key
DELETE r
