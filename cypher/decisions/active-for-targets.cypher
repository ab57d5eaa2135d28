// The rename, reject, confirm and correct decisions in force for each key (an index seek per key: a
// load asks for every fact it created, and nearly all have none).
UNWIND $keys AS key
MATCH (d:Decision {target: key})
WHERE d.undoneBy IS NULL AND d.kind IN ['rename', 'reject', 'confirm', 'correct']
RETURN key, d.id AS id, d.seq AS seq, d.kind AS kind, d.value AS value
ORDER BY key, seq
