UNWIND $ids AS key
MATCH (d:Decision {id: key})
RETURN d.id AS id, d.seq AS seq, d.kind AS kind, d.target AS target, d.other AS other, d.value AS value,
       d.reason AS reason, d.editor AS editor, d.at AS at, d.undoneBy AS undoneBy, d.undoneAt AS undoneAt
