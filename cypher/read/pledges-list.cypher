// One file serves every order: descending orders sort on the negated value, so ORDER BY stays ASC.
// With a sector, start from it (and its sub-sectors): scanning every pledge cost ~20x more (BENCHMARKS.md).
CALL () {
  WITH $sector AS sector WHERE sector IS NOT NULL
  MATCH (:Sector {id: sector})<-[:SUBSECTOR_OF*0..]-(:Sector)<-[:IN_SECTOR]-(p:Pledge)
  RETURN DISTINCT p
  UNION
  WITH $sector AS sector WHERE sector IS NULL
  MATCH (p:Pledge)
  RETURN p
}
MATCH (by:Actor)-[:MADE]->(p)
OPTIONAL MATCH (p)-[:TO]->(to:Actor)
WITH by, p, to
WHERE ($by IS NULL OR by.id = $by)
  AND ($to IS NULL OR to.id = $to)
  AND ($byCountry IS NULL OR by.country = $byCountry OR by.id = $byCountry)
  AND ($kinds IS NULL OR p.kind IN $kinds)
  AND ($statuses IS NULL OR p.status IN $statuses)
  AND ($minUsd IS NULL OR p.amountUsd >= $minUsd)
  AND ($sinceYear IS NULL OR coalesce(p.periodEnd, p.year) >= $sinceYear)
  AND ($untilYear IS NULL OR coalesce(p.periodStart, p.year) <= $untilYear)
WITH by, p, to, CASE $orderBy
    WHEN 'AMOUNT_USD_DESC' THEN -coalesce(toFloat(p.amountUsd), -1.0)
    WHEN 'YEAR_DESC' THEN -toFloat(coalesce(p.year, -1))
    ELSE toFloat(coalesce(p.year, 1000000)) END AS sortKey
WHERE $afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND p.id > $afterId)
WITH by, p, to, sortKey ORDER BY sortKey, p.id LIMIT $limit
RETURN p.id AS id, p.kind AS kind, p.amount AS amount, p.unit AS unit, p.amountText AS amountText,
       p.amountUsd AS amountUsd, p.qualifier AS qualifier, coalesce(p.incremental, false) AS incremental,
       p.periodStart AS periodStart, p.periodEnd AS periodEnd, p.status AS status, p.year AS year,
       by.id AS by, to.id AS to, [(p)-[:REQUESTED_BY]->(r:Actor) | r.id][0] AS requestedBy,
       [(p)-[:IN_SECTOR]->(s:Sector) | s.id] AS sectors, sortKey,
       // Investor and recipient as actors-by-ids gives them, for the API's loader: no second statement.
       by {.id, .name, .kind, .aliases, .country} AS byActor, to {.id, .name, .kind, .aliases, .country} AS toActor
