// Groups the filtered pledges; a pledge in two sectors counts once in each. Rejected pledges are left
// out unless $includeRejected.
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
// A running total restates earlier promises: counting it would count them twice.
WHERE NOT coalesce(p.cumulative, false)
  AND ($includeRejected OR coalesce(p.review, '') <> 'REJECTED')
  AND ($by IS NULL OR by.id = $by)
  AND ($to IS NULL OR to.id = $to)
  AND ($byCountry IS NULL OR by.country = $byCountry OR by.id = $byCountry)
  AND ($kinds IS NULL OR p.kind IN $kinds)
  AND ($statuses IS NULL OR p.status IN $statuses)
  AND ($minUsd IS NULL OR p.amountUsd >= $minUsd)
  AND ($sinceYear IS NULL OR coalesce(p.periodEnd, p.year) >= $sinceYear)
  AND ($untilYear IS NULL OR coalesce(p.periodStart, p.year) <= $untilYear)
WITH p, CASE $groupBy
    WHEN 'INVESTOR' THEN [by.id]
    WHEN 'INVESTOR_COUNTRY' THEN [CASE WHEN by.kind = 'country' THEN by.id ELSE by.country END]
    WHEN 'SECTOR' THEN [(p)-[:IN_SECTOR]->(s:Sector) | s.id]
    WHEN 'YEAR' THEN [toString(toInteger(p.year))]
    WHEN 'RECIPIENT' THEN [to.id] END AS keys
UNWIND (CASE WHEN size(keys) = 0 THEN [null] ELSE keys END) AS key
WITH key, count(DISTINCT p) AS count, sum(p.amountUsd) AS totalUsd, count(p.amountUsd) AS withUsd
RETURN key, count, totalUsd, withUsd
ORDER BY totalUsd DESC, count DESC, key
