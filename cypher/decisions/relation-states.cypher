// Relationships by fact key, each locked before it is read (a decision and a load meeting on it take turns).
UNWIND $keys AS key
MATCH (:Actor {id: split(key, ':')[2]})-[r]->()
WHERE r.key = key
SET r._lock = true
REMOVE r._lock
RETURN key, r.review AS review, r.decision AS decision
