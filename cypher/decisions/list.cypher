// The audit list: newest first, keyset on seq; with $target, the decisions naming that key
// (an actor:<id>, a fact key, or decision:<id> for the undo of a decision).
CALL () {
  WITH $target AS target WHERE target IS NULL
  MATCH (d:Decision) WHERE $afterSeq IS NULL OR d.seq < $afterSeq
  RETURN d ORDER BY d.seq DESC LIMIT $limit
  UNION
  WITH $target AS target WHERE target IS NOT NULL
  MATCH (d:Decision {target: target}) WHERE $afterSeq IS NULL OR d.seq < $afterSeq
  RETURN d
  UNION
  WITH $target AS target WHERE target IS NOT NULL
  MATCH (d:Decision {other: target}) WHERE $afterSeq IS NULL OR d.seq < $afterSeq
  RETURN d
}
WITH d ORDER BY d.seq DESC LIMIT $limit
RETURN d.id AS id, d.seq AS seq, d.kind AS kind, d.target AS target, d.other AS other, d.value AS value,
       d.reason AS reason, d.editor AS editor, d.at AS at, d.undoneBy AS undoneBy, d.undoneAt AS undoneAt
