UNWIND $rows AS row
MATCH (:Actor {id: split(row.key, ':')[2]})-[r]->()
WHERE r.key = row.key
SET r.review = row.review, r.decision = row.decision
