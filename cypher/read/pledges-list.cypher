// One page of filtered pledges and, when asked ($withTotals), the count and USD sum of every match:
// one pass over the matches serves both (totals ignore the keyset, the page follows it). Always one row.
// One file serves every order: descending orders sort on the negated value, so ORDER BY stays ASC.
// With a sector, start from it (and its sub-sectors): scanning every pledge cost ~20x more (BENCHMARKS.md).
// Investor and recipient conditions are tested without expanding to them; only the page's are read.
// Rejected pledges are left out unless $includeRejected; with it, totals count them too.
CALL () {
  WITH $sector AS sector WHERE sector IS NOT NULL
  MATCH (:Sector {id: sector})<-[:SUBSECTOR_OF*0..]-(:Sector)<-[:IN_SECTOR]-(p:Pledge)
  RETURN DISTINCT p
  UNION
  WITH $sector AS sector WHERE sector IS NULL
  MATCH (p:Pledge)
  RETURN p
}
WITH p
WHERE ($includeRejected OR coalesce(p.review, '') <> 'REJECTED')
  AND ($kinds IS NULL OR p.kind IN $kinds)
  AND ($statuses IS NULL OR p.status IN $statuses)
  AND ($minUsd IS NULL OR p.amountUsd >= $minUsd)
  AND ($sinceYear IS NULL OR coalesce(p.periodEnd, p.year) >= $sinceYear)
  AND ($untilYear IS NULL OR coalesce(p.periodStart, p.year) <= $untilYear)
  // Every pledge has its investor (write-pledges): look only when the filter names one.
  AND (($by IS NULL AND $byCountry IS NULL)
       OR EXISTS { MATCH (by:Actor)-[:MADE]->(p)
                   WHERE ($by IS NULL OR by.id = $by) AND ($byCountry IS NULL OR by.country = $byCountry OR by.id = $byCountry) })
  AND ($to IS NULL OR EXISTS { MATCH (p)-[:TO]->(:Actor {id: $to}) })
WITH collect(p) AS matches
CALL (matches) {
  UNWIND matches AS p
  WITH p, CASE $orderBy
      WHEN 'AMOUNT_USD_DESC' THEN -coalesce(toFloat(p.amountUsd), -1.0)
      WHEN 'YEAR_DESC' THEN -toFloat(coalesce(p.year, -1))
      ELSE toFloat(coalesce(p.year, 1000000)) END AS sortKey
  WHERE $afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND p.id > $afterId)
  WITH p, sortKey ORDER BY sortKey, p.id LIMIT $limit
  MATCH (by:Actor)-[:MADE]->(p)
  OPTIONAL MATCH (p)-[:TO]->(to:Actor)
  RETURN collect({id: p.id, kind: p.kind, amount: p.amount, unit: p.unit, amountText: p.amountText,
       amountUsd: p.amountUsd, qualifier: p.qualifier, incremental: coalesce(p.incremental, false), cumulative: coalesce(p.cumulative, false),
       periodStart: p.periodStart, periodEnd: p.periodEnd, status: p.status, year: p.year, review: p.review, decision: p.decision,
       by: by.id, to: to.id, requestedBy: [(p)-[:REQUESTED_BY]->(r:Actor) | r.id][0],
       sectors: [(p)-[:IN_SECTOR]->(s:Sector) | s.id], sortKey: sortKey,
       // Investor and recipient as actors-by-ids gives them, for the API's loader: no second statement.
       byActor: by {.id, .name, .kind, .aliases, .country}, toActor: to {.id, .name, .kind, .aliases, .country}}) AS rows
}
RETURN rows,
       CASE WHEN $withTotals THEN {count: size(matches), totalUsd: reduce(s = 0.0, p IN matches | s + CASE WHEN coalesce(p.cumulative, false) THEN 0.0 ELSE coalesce(toFloat(p.amountUsd), 0.0) END),
                                  withUsd: size([p IN matches WHERE p.amountUsd IS NOT NULL])} END AS totals
