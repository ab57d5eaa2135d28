// The decision log, locked until the transaction ends: decisions take turns (each one's seq is the next),
// and a load's last step waits for a decision being made (and sees it once it is committed).
// identityVersion counts merge and split decisions (and their undos): plans made before a change are stale.
MERGE (l:DecisionLog {id: 'log'})
ON CREATE SET l.seq = 0, l.identityVersion = 0
SET l._lock = true
REMOVE l._lock
RETURN l.seq AS seq, l.identityVersion AS identityVersion
