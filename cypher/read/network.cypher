// Relations between actors plus pledges (by → to), filtered, heaviest (most evidence) first.
CALL () {
  MATCH (a:Actor)-[r]->(b:Actor)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($since IS NULL OR (r.lastDate IS NOT NULL AND left(r.lastDate, size($since)) >= $since))
    AND ($until IS NULL OR (r.firstDate IS NOT NULL AND left(r.firstDate, size($until)) <= $until))
    AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
    AND ($sector IS NULL
      OR EXISTS { MATCH (a)-[:FOCUSES_ON]->(:Sector)-[:SUBSECTOR_OF*0..]->(:Sector {id: $sector}) }
      OR EXISTS { MATCH (b)-[:FOCUSES_ON]->(:Sector)-[:SUBSECTOR_OF*0..]->(:Sector {id: $sector}) })
  RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to, r.firstDate AS firstDate, r.lastDate AS lastDate,
         COUNT { MATCH (e:Evidence {factKey: r.key}) } AS weight, null AS amountUsd
  UNION ALL
  MATCH (a:Actor)-[:MADE]->(p:Pledge)-[:TO]->(b:Actor)
  WHERE ($types IS NULL OR 'PLEDGE' IN $types)
    AND ($since IS NULL OR coalesce(p.periodEnd, p.year) >= toInteger(left($since, 4)))
    AND ($until IS NULL OR coalesce(p.periodStart, p.year) <= toInteger(left($until, 4)))
    AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
    AND ($sector IS NULL OR EXISTS { MATCH (p)-[:IN_SECTOR]->(:Sector)-[:SUBSECTOR_OF*0..]->(:Sector {id: $sector}) })
  RETURN 'pledge:' + p.id AS key, 'PLEDGE' AS type, a.id AS from, b.id AS to, toString(toInteger(p.year)) AS firstDate,
         toString(toInteger(p.year)) AS lastDate, COUNT { MATCH (e:Evidence {factKey: 'pledge:' + p.id}) } AS weight, p.amountUsd AS amountUsd
}
RETURN key, type, from, to, firstDate, lastDate, weight, amountUsd
ORDER BY weight DESC, key
LIMIT $limit
