// The type comes from a fixed list (RelationType), checked by the planner. Existing relationships are
// written only when this article brings a new date.
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
ON CREATE SET r.role = row.role, r.dates = row.dates, r.firstDate = row.dates[0], r.lastDate = row.dates[-1]
WITH r, row
CALL (r, row) {
  WITH * WHERE any(d IN row.dates WHERE NOT d IN r.dates)
  CALL (r, row) {
    UNWIND r.dates + row.dates AS d
    WITH DISTINCT d ORDER BY d
    RETURN collect(d) AS dates
  }
  SET r.dates = dates, r.firstDate = dates[0], r.lastDate = dates[-1]
}
