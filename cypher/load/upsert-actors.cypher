// Existing actors are written only when something is new (aliases, or the gazetteer's name/kind/country
// changed), so articles loaded in parallel do not queue on hub nodes such as Việt Nam.
UNWIND $rows AS row
MERGE (n:Actor {id: row.id})
ON CREATE SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.searchText = row.searchText,
  n.country = row.country, n:$(row.label)
WITH n, row,
  [a IN row.aliases WHERE NOT a IN n.aliases] AS newAliases,
  [f IN row.searchForms WHERE NOT (' ' + n.searchText + ' ') CONTAINS (' ' + f + ' ')] AS newForms
CALL (n, newAliases, newForms) {
  WITH * WHERE size(newAliases) > 0 OR size(newForms) > 0
  SET n.aliases = n.aliases + newAliases,
    n.searchText = trim(n.searchText + reduce(s = '', f IN newForms | s + ' ' + f))
}
CALL (n, row) {
  WITH * WHERE row.gazetteer AND (n.name <> row.name OR n.kind <> row.kind OR coalesce(n.country, '') <> coalesce(row.country, ''))
  REMOVE n:Company:Government:Organization:University:Country:Place:Facility:Person
  SET n.name = row.name, n.kind = row.kind, n.country = row.country, n:$(row.label)
}
