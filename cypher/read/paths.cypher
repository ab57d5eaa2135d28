// Variable-length bounds cannot be parameters: search up to 4 hops, then keep those within $maxHops.
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[:INVESTS_IN|TRAINS|VISITS|MEETS|PARTNERS_WITH|HOLDS_ROLE|SUBSIDIARY_OF|PART_OF|LOCATED_IN|OPERATES*..4]-(b))
WHERE length(p) <= $maxHops
WITH p LIMIT $limit
RETURN [n IN nodes(p) | n.id] AS nodes,
       [r IN relationships(p) | {type: type(r), key: r.key, from: startNode(r).id, to: endNode(r).id, role: r.role,
                                 dates: r.dates, firstDate: r.firstDate, lastDate: r.lastDate}] AS relations
