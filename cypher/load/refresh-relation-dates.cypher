// After an article's evidence changed: each surviving relationship's dates, from its Evidence.
UNWIND $keys AS key
MATCH (:Actor {id: split(key, ':')[2]})-[r]->()
WHERE r.key = key
CALL (r) {
  OPTIONAL MATCH (e:Evidence {factKey: r.key})
  WITH DISTINCT e.date AS d ORDER BY d
  RETURN collect(d) AS dates
}
SET r.dates = dates, r.firstDate = dates[0], r.lastDate = dates[-1]
