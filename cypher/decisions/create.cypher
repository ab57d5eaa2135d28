// Records one decision with the next seq of the (locked) log; merges and splits move identityVersion on.
MATCH (l:DecisionLog {id: 'log'})
SET l.seq = l.seq + 1, l.identityVersion = l.identityVersion + CASE WHEN $identity THEN 1 ELSE 0 END
CREATE (d:Decision {id: $decision.id, seq: l.seq, kind: $decision.kind, target: $decision.target, other: $decision.other,
  value: $decision.value, reason: $decision.reason, editor: $decision.editor, at: $decision.at})
RETURN d.seq AS seq
