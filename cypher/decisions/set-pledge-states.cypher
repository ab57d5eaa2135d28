// A pledge's values as its decisions make them (extraction's, corrected), and its MADE/TO links to match.
// Years and amounts of people arrive as JavaScript numbers: stored as integers where the loader does.
UNWIND $rows AS row
MATCH (p:Pledge {id: row.id})
SET p.amount = row.amount, p.unit = row.unit, p.amountText = row.amountText, p.amountUsd = row.amountUsd,
    p.status = row.status, p.periodStart = toInteger(row.periodStart), p.periodEnd = toInteger(row.periodEnd),
    p.year = toInteger(row.year), p.review = row.review, p.decision = row.decision, p.extracted = row.extracted
WITH p, row
CALL (p, row) {
  MATCH (x:Actor)-[m:MADE]->(p) WHERE x.id <> row.by
  DELETE m
}
CALL (p, row) {
  MATCH (x:Actor {id: row.by})
  MERGE (x)-[:MADE]->(p)
}
CALL (p, row) {
  MATCH (p)-[t:TO]->(x:Actor) WHERE row.to IS NULL OR x.id <> row.to
  DELETE t
}
CALL (p, row) {
  WITH * WHERE row.to IS NOT NULL
  MATCH (x:Actor {id: row.to})
  MERGE (p)-[:TO]->(x)
}
