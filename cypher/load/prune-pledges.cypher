UNWIND $ids AS id
MATCH (p:Pledge {id: id})
WHERE NOT EXISTS { MATCH (:Evidence {factKey: 'pledge:' + id}) }
DETACH DELETE p
