// Actors, each locked before it is read, with the name and kind extraction gave them before a rename.
UNWIND $ids AS id
MATCH (n:Actor {id: id})
SET n._lock = true
REMOVE n._lock
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.extractedName AS extractedName, n.extractedKind AS extractedKind,
       n.renamedBy AS renamedBy
