// Actors no article mentions any more (their facts went first: every fact's article mentions its actors).
UNWIND $ids AS id
MATCH (n:Actor {id: id})
WHERE NOT EXISTS { MATCH (:Evidence {factKey: 'actor:' + id}) }
DETACH DELETE n
