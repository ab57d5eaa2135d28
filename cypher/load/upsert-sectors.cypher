// Sectors an article mentions: created when missing, never overwritten (the vocabulary is reference data).
UNWIND $rows AS row
MERGE (s:Sector {id: row.id})
ON CREATE SET s.name = row.name, s.nameVi = row.nameVi, s.parent = row.parent, s.searchText = row.searchText
