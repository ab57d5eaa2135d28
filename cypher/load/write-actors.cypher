// Part of a load's writes (src/graph/load/load-article.ts): rows merged across the group's articles
// by src/core/plan/merge-facts, one per node or relationship.
// Existing actors are written only when something is new (aliases, or the gazetteer's name, kind or
// country), so articles loaded in parallel do not queue on hub nodes such as Việt Nam.
UNWIND $actors AS row
OPTIONAL MATCH (old:Actor {id: row.id})
WITH row, old IS NULL AS isNew
MERGE (n:Actor {id: row.id})
ON CREATE SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.searchText = row.searchText,
  n.country = row.country, n:$(row.label)
WITH n, row, isNew,
  [x IN row.aliases WHERE NOT x IN n.aliases] AS newAliases,
  [f IN row.searchForms WHERE NOT (' ' + n.searchText + ' ') CONTAINS (' ' + f + ' ')] AS newForms
CALL (n, newAliases, newForms) {
  WITH * WHERE size(newAliases) > 0 OR size(newForms) > 0
  SET n.aliases = n.aliases + newAliases,
    n.searchText = trim(n.searchText + reduce(s = '', f IN newForms | s + ' ' + f))
}
// A renamed actor (a rename decision, src/graph/decisions) keeps the name and kind a person gave it.
CALL (n, row) {
  WITH * WHERE row.gazetteer AND n.renamedBy IS NULL AND (n.name <> row.name OR n.kind <> row.kind OR coalesce(n.country, '') <> coalesce(row.country, ''))
  REMOVE n:Company:Government:Organization:University:Country:Place:Facility:Person
  SET n.name = row.name, n.kind = row.kind, n.country = row.country, n:$(row.label)
}
CALL (n, row) {
  WITH * WHERE row.gazetteer AND n.renamedBy IS NOT NULL AND coalesce(n.country, '') <> coalesce(row.country, '')
  SET n.country = row.country
}
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created, collect(CASE WHEN isNew THEN n.id END) AS createdIds
