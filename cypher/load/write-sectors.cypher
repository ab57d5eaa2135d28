// Part of a load's writes (src/graph/load/load-article.ts): rows merged across the group's articles
// by src/core/plan/merge-facts, one per node or relationship.
// Sectors an article mentions: created when missing, never overwritten (the vocabulary is reference data).
UNWIND $sectors AS row
MERGE (s:Sector {id: row.id})
ON CREATE SET s.name = row.name, s.nameVi = row.nameVi, s.parent = row.parent, s.searchText = row.searchText
