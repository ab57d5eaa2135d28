// One statement per request: the ends are looked up here too (null when missing: NOT_FOUND), and the
// actors along each path come with the fields actors-by-ids gives, for the API's loaders.
// Variable-length bounds cannot be parameters: search up to 4 hops, then keep those within $maxHops.
OPTIONAL MATCH (a:Actor {id: $from})
OPTIONAL MATCH (b:Actor {id: $to})
CALL (a, b) {
  // allShortestPaths refuses the same node at both ends; the API answers [] there.
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[:INVESTS_IN|TRAINS|VISITS|MEETS|PARTNERS_WITH|HOLDS_ROLE|SUBSIDIARY_OF|PART_OF|LOCATED_IN|OPERATES*..4]-(b))
  // After a WITH, not in the pattern's WHERE: there, a shortest path longer than $maxHops made Neo4j
  // fall back to an exhaustive search of every path up to 4 hops (timeouts between hubs). All shortest
  // paths have one length, so the answer is the same: all of them, or none.
  WITH p WHERE length(p) <= $maxHops
  WITH p LIMIT $limit
  RETURN collect({
    nodes: [n IN nodes(p) | n.id],
    actors: [n IN nodes(p) | n {.id, .name, .kind, .aliases, .country}],
    relations: [r IN relationships(p) | {type: type(r), key: r.key, from: startNode(r).id, to: endNode(r).id, role: r.role,
                                         dates: r.dates, firstDate: r.firstDate, lastDate: r.lastDate}]}) AS paths
}
RETURN a {.id, .name, .kind, .aliases, .country} AS from, b {.id, .name, .kind, .aliases, .country} AS to, paths
