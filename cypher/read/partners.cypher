// Partners of each actor with the relations linking them, strongest first; one query per request level.
UNWIND $ids AS key
MATCH (a:Actor {id: key})-[r]-(p:Actor)
WHERE p <> a
  AND ($types IS NULL OR type(r) IN $types)
  AND ($since IS NULL OR (r.lastDate IS NOT NULL AND left(r.lastDate, size($since)) >= $since))
  AND ($until IS NULL OR (r.firstDate IS NOT NULL AND left(r.firstDate, size($until)) <= $until))
  AND ($sector IS NULL
    OR EXISTS { MATCH (p)-[:FOCUSES_ON]->(:Sector)-[:SUBSECTOR_OF*0..]->(:Sector {id: $sector}) }
    OR EXISTS { MATCH (a)-[:MADE|TO]-(pl:Pledge)-[:MADE|TO]-(p)
                WHERE EXISTS { MATCH (pl)-[:IN_SECTOR]->(:Sector)-[:SUBSECTOR_OF*0..]->(:Sector {id: $sector}) } })
WITH key, p, r ORDER BY type(r), r.key
WITH key, p, collect({type: type(r), key: r.key, from: startNode(r).id, to: endNode(r).id, role: r.role,
                      dates: r.dates, firstDate: r.firstDate, lastDate: r.lastDate}) AS relations
WITH key, p, relations, size(relations) AS weight
WHERE $afterWeight IS NULL OR weight < $afterWeight OR (weight = $afterWeight AND p.id > $afterId)
WITH key, p, relations, weight ORDER BY key, weight DESC, p.id
WITH key, collect({id: p.id, name: p.name, kind: p.kind, aliases: p.aliases, country: p.country,
                   weight: weight, relations: relations})[0..$limit] AS partners
RETURN key, partners
