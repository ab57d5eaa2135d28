UNWIND $ids AS key
MATCH (s:Sector {id: key})
RETURN s.id AS id, s.name AS name, s.nameVi AS nameVi, s.parent AS parent
