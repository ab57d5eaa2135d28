// Part of a load's writes (src/graph/load/load-article.ts): rows merged across the group's articles
// by src/core/plan/merge-facts, one per node or relationship.
// A pledge's year: its period's start when there is one, else the earliest article year seen (years
// arrive as JavaScript numbers, i.e. floats: stored as integers). An
// existing pledge is written only when it changes (rowHash) or gains Evidence from a new article.
// `extracted` keeps extraction's values (JSON) for correct decisions, which the load applies afterwards
// (src/graph/decisions/apply-targets) to the pledges written here.
UNWIND $pledges AS row
MATCH (by:Actor {id: row.by})
OPTIONAL MATCH (old:Pledge {id: row.id})
WITH by, row, old IS NULL AS isNew
MERGE (p:Pledge {id: row.id})
WITH by, row, isNew, p,
  CASE WHEN row.periodStart IS NOT NULL OR p.year IS NULL OR row.year < p.year THEN toInteger(row.year) ELSE p.year END AS year
CALL (p, row, year) {
  WITH * WHERE p.rowHash IS NULL OR p.rowHash <> row.rowHash OR coalesce(p.year, -1) <> coalesce(year, -1)
  SET p.kind = row.kind, p.amount = row.amount, p.unit = row.unit, p.amountText = row.amountText,
    p.amountUsd = row.amountUsd, p.qualifier = row.qualifier, p.incremental = row.incremental, p.cumulative = row.cumulative,
    p.periodStart = toInteger(row.periodStart), p.periodEnd = toInteger(row.periodEnd), p.status = row.status, p.year = year,
    p.rowHash = row.rowHash, p.extracted = row.extracted
}
// `weight`: the Evidence this transaction created for it (new articles'); locked by the read in the SET.
CALL (p, row) {
  WITH * WHERE row.weight > 0
  SET p.weight = coalesce(p.weight, 0) + row.weight
}
MERGE (by)-[:MADE]->(p)
WITH p, row, isNew
CALL (p, row) {
  WITH * WHERE row.to IS NOT NULL
  MATCH (t:Actor {id: row.to})
  MERGE (p)-[:TO]->(t)
}
CALL (p, row) {
  UNWIND row.requestedBy AS requesterId
  MATCH (q:Actor {id: requesterId})
  MERGE (p)-[:REQUESTED_BY]->(q)
}
CALL (p, row) {
  UNWIND row.sectors AS sectorId
  MATCH (s:Sector {id: sectorId})
  MERGE (p)-[:IN_SECTOR]->(s)
}
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created
