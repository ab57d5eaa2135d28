// After Evidence of these pledges went away or came from an article already in the graph: each
// surviving one's weight, counted from its Evidence after locking it (as refresh-relations does).
UNWIND $ids AS id
MATCH (p:Pledge {id: id})
SET p._lock = true
WITH p, COUNT { MATCH (e:Evidence {factKey: 'pledge:' + p.id}) } AS weight
SET p.weight = weight
REMOVE p._lock
