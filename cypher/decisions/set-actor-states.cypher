// An actor's name and kind as its renames make them. The name it had stays an alias and the new one is
// searchable (aliases and search text only grow, as with loads); extraction's are kept while renamed.
UNWIND $rows AS row
MATCH (n:Actor {id: row.id})
WITH n, row, [f IN row.searchForms WHERE NOT (' ' + coalesce(n.searchText, '') + ' ') CONTAINS (' ' + f + ' ')] AS newForms,
     [a IN row.aliases WHERE a <> row.name AND NOT a IN coalesce(n.aliases, [])] AS newAliases
SET n.name = row.name, n.kind = row.kind, n.renamedBy = row.decision,
    n.extractedName = row.extractedName, n.extractedKind = row.extractedKind,
    n.aliases = [a IN coalesce(n.aliases, []) WHERE a <> row.name] + newAliases,
    n.searchText = trim(coalesce(n.searchText, '') + reduce(s = '', f IN newForms | s + ' ' + f))
WITH n, row
REMOVE n:Company:Government:Organization:University:Country:Place:Facility:Person
SET n:$(row.label)
