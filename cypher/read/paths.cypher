// One statement per request: the ends are looked up here too (null when missing: NOT_FOUND). Each path
// is its node ids and relation keys; the relations and the actors along the paths come once each (paths
// share most of them), the actors with the fields actors-by-ids gives, only when asked ($withActors),
// and the relations' dates only when asked ($withDates): on hub relations they are most of the answer.
// Variable-length bounds cannot be parameters: search up to 4 hops, then keep those within $maxHops.
OPTIONAL MATCH (a:Actor {id: $from})
OPTIONAL MATCH (b:Actor {id: $to})
CALL (a, b) {
  // allShortestPaths refuses the same node at both ends; the API answers [] there.
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[:INVESTS_IN|TRAINS|VISITS|MEETS|PARTNERS_WITH|HOLDS_ROLE|SUBSIDIARY_OF|PART_OF|LOCATED_IN|OPERATES*..4]-(b))
  // Checked on each relationship while searching (an all-relationships predicate): rejected ones are not walked.
  WHERE all(r IN relationships(p) WHERE ($includeRejected OR coalesce(r.review, '') <> 'REJECTED'))
  // After a WITH, not in the pattern's WHERE: there, a shortest path longer than $maxHops made Neo4j
  // fall back to an exhaustive search of every path up to 4 hops (timeouts between hubs). All shortest
  // paths have one length, so the answer is the same: all of them, or none.
  WITH p WHERE length(p) <= $maxHops
  WITH p LIMIT $limit
  WITH collect(p) AS ps
  RETURN [p IN ps | {nodes: [n IN nodes(p) | n.id], relations: [r IN relationships(p) | r.key]}] AS paths,
         COLLECT {
           UNWIND ps AS p UNWIND relationships(p) AS r
           WITH DISTINCT r
           RETURN {type: type(r), key: r.key, from: startNode(r).id, to: endNode(r).id, role: r.role,
                   dates: CASE WHEN $withDates THEN r.dates END, firstDate: r.firstDate, lastDate: r.lastDate,
                   review: r.review, decision: r.decision}
         } AS relations,
         CASE WHEN $withActors THEN COLLECT {
           UNWIND ps AS p UNWIND nodes(p)[1..-1] AS n
           WITH DISTINCT n
           RETURN n {.id, .name, .kind, .aliases, .country}
         } ELSE [] END AS actors
}
RETURN a {.id, .name, .kind, .aliases, .country} AS from, b {.id, .name, .kind, .aliases, .country} AS to,
       coalesce(paths, []) AS paths, coalesce(relations, []) AS relations, coalesce(actors, []) AS actors
