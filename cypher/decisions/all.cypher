// Every decision, oldest first: what `npm run decisions -- export` writes.
MATCH (d:Decision)
RETURN d.id AS id, d.seq AS seq, d.kind AS kind, d.target AS target, d.other AS other, d.value AS value,
       d.reason AS reason, d.editor AS editor, d.at AS at, d.undoneBy AS undoneBy, d.undoneAt AS undoneAt
ORDER BY d.seq
