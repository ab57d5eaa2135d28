UNWIND $ids AS key
CALL (key) {
  MATCH (by:Actor)-[:MADE]->(p:Pledge)-[:TO]->(to:Actor {id: key})
  WITH by, p, to WHERE ($includeRejected OR coalesce(p.review, '') <> 'REJECTED')
  WITH by, p, to ORDER BY coalesce(p.amountUsd, -1.0) DESC, p.id LIMIT $limit
  RETURN p.id AS id, p.kind AS kind, p.amount AS amount, p.unit AS unit, p.amountText AS amountText,
       p.amountUsd AS amountUsd, p.qualifier AS qualifier, coalesce(p.incremental, false) AS incremental, coalesce(p.cumulative, false) AS cumulative,
       p.periodStart AS periodStart, p.periodEnd AS periodEnd, p.status AS status, p.year AS year, p.review AS review, p.decision AS decision,
       by.id AS by, to.id AS to, [(p)-[:REQUESTED_BY]->(r:Actor) | r.id][0] AS requestedBy,
       [(p)-[:IN_SECTOR]->(s:Sector) | s.id] AS sectors
}
RETURN key, id, kind, amount, unit, amountText, amountUsd, qualifier, incremental, cumulative, periodStart, periodEnd,
       status, year, review, decision, by, to, requestedBy, sectors
