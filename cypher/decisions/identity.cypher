// The merge and split decisions in force, oldest first, and the log's identityVersion (0 with no log yet):
// what a load's plans replay.
OPTIONAL MATCH (l:DecisionLog {id: 'log'})
RETURN coalesce(l.identityVersion, 0) AS version,
       COLLECT { MATCH (d:Decision) WHERE d.kind IN ['merge', 'split'] AND d.undoneBy IS NULL
                 RETURN {id: d.id, kind: d.kind, target: d.target, other: d.other, seq: d.seq} AS d ORDER BY d.seq } AS decisions
