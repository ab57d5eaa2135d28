// Relations between actors by fact key (a decision's target), as partners and paths give them.
UNWIND $keys AS key
MATCH (:Actor {id: split(key, ':')[2]})-[r]->(:Actor)
WHERE r.key = key
RETURN key, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, r.role AS role, r.dates AS dates,
       r.firstDate AS firstDate, r.lastDate AS lastDate, r.review AS review, r.decision AS decision
