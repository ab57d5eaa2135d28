UNWIND $rows AS row
MERGE (s:Sector {id: row.id})
SET s.name = row.name, s.nameVi = row.nameVi, s.parent = row.parent, s.searchText = row.searchText
