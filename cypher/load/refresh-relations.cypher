// After Evidence of these relationships went away or came from an article already in the graph: each
// surviving one's dates and (between actors) weight, from its Evidence. Each is locked (the _lock
// write) before its Evidence is read, so a load adding Evidence to it at the same time waits, and
// whichever commits last counts the other's. Keys come sorted: locks are taken in one order.
UNWIND $keys AS key
MATCH (:Actor {id: split(key, ':')[2]})-[r]->()
WHERE r.key = key
SET r._lock = true
WITH r
CALL (r) {
  OPTIONAL MATCH (e:Evidence {factKey: r.key})
  WITH e.date AS d, count(e) AS n ORDER BY d
  RETURN collect(d) AS dates, sum(n) AS weight
}
SET r.dates = dates, r.firstDate = dates[0], r.lastDate = dates[-1],
    r.weight = CASE WHEN type(r) = 'FOCUSES_ON' THEN null ELSE weight END
REMOVE r._lock
