// Shortest chains (≤ 4 hops) between two actors over the actor-to-actor relation types.
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[:INVESTS_IN|TRAINS|VISITS|MEETS|PARTNERS_WITH|HOLDS_ROLE|SUBSIDIARY_OF|PART_OF|LOCATED_IN|OPERATES*..4]-(b))
WITH p LIMIT $first
RETURN [n IN nodes(p) | n.id] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, key: r.key}] AS hops
