MATCH (s:Sector)
RETURN s.id AS id, s.name AS name, s.nameVi AS nameVi, s.parent AS parent
ORDER BY s.id
