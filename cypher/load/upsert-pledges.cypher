// year: the period's start when there is one, else the earliest article year seen.
UNWIND $rows AS row
MATCH (by:Actor {id: row.by})
MERGE (p:Pledge {id: row.id})
SET p.kind = row.kind, p.amount = row.amount, p.unit = row.unit, p.amountText = row.amountText,
  p.amountUsd = row.amountUsd, p.qualifier = row.qualifier, p.incremental = row.incremental,
  p.periodStart = row.periodStart, p.periodEnd = row.periodEnd, p.status = row.status,
  p.year = CASE WHEN row.periodStart IS NOT NULL OR p.year IS NULL OR row.year < p.year THEN row.year ELSE p.year END
MERGE (by)-[:MADE]->(p)
WITH p, row
CALL (p, row) {
  WITH * WHERE row.to IS NOT NULL
  MATCH (t:Actor {id: row.to})
  MERGE (p)-[:TO]->(t)
}
CALL (p, row) {
  WITH * WHERE row.requestedBy IS NOT NULL
  MATCH (q:Actor {id: row.requestedBy})
  MERGE (p)-[:REQUESTED_BY]->(q)
}
CALL (p, row) {
  UNWIND row.sectors AS sectorId
  MATCH (s:Sector {id: sectorId})
  MERGE (p)-[:IN_SECTOR]->(s)
}
