// Relations between actors plus pledges (by → to), filtered, heaviest (most evidence) first.
// With a sector, start from its actors (and sub-sectors') and pledges: walking every relationship and
// testing FOCUSES_ON on both ends cost 8x the db hits (BENCHMARKS.md). Only key and weight are computed
// before the sort; the other columns are read for the $limit rows kept. The relation types are those
// between actors (core RELATION_TYPES but FOCUSES_ON; a unit test keeps them in step).
CALL () {
  CALL () {
    WITH $sector AS sector WHERE sector IS NOT NULL
    MATCH (:Sector {id: sector})<-[:SUBSECTOR_OF*0..]-(:Sector)<-[:FOCUSES_ON]-(a:Actor)
    WITH DISTINCT a
    MATCH (a)-[r:INVESTS_IN|TRAINS|VISITS|MEETS|PARTNERS_WITH|HOLDS_ROLE|SUBSIDIARY_OF|PART_OF|LOCATED_IN|OPERATES]-(:Actor)
    RETURN DISTINCT r
    UNION ALL
    WITH $sector AS sector WHERE sector IS NULL
    MATCH (:Actor)-[r:INVESTS_IN|TRAINS|VISITS|MEETS|PARTNERS_WITH|HOLDS_ROLE|SUBSIDIARY_OF|PART_OF|LOCATED_IN|OPERATES]->(:Actor)
    RETURN r
  }
  WITH r, startNode(r) AS a, endNode(r) AS b
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($since IS NULL OR (r.lastDate IS NOT NULL AND left(r.lastDate, size($since)) >= $since))
    AND ($until IS NULL OR (r.firstDate IS NOT NULL AND left(r.firstDate, size($until)) <= $until))
    AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
  WITH r, a, b, r.key AS key
  RETURN key, COUNT { MATCH (e:Evidence {factKey: key}) } AS weight, r AS fact, a, b
  UNION ALL
  CALL () {
    WITH $sector AS sector WHERE sector IS NOT NULL
    MATCH (:Sector {id: sector})<-[:SUBSECTOR_OF*0..]-(:Sector)<-[:IN_SECTOR]-(p:Pledge)
    WITH DISTINCT p
    MATCH (a:Actor)-[:MADE]->(p)-[:TO]->(b:Actor)
    RETURN p, a, b
    UNION ALL
    WITH $sector AS sector WHERE sector IS NULL
    MATCH (a:Actor)-[:MADE]->(p:Pledge)-[:TO]->(b:Actor)
    RETURN p, a, b
  }
  WITH p, a, b
  WHERE ($types IS NULL OR 'PLEDGE' IN $types)
    AND ($since IS NULL OR coalesce(p.periodEnd, p.year) >= toInteger(left($since, 4)))
    AND ($until IS NULL OR coalesce(p.periodStart, p.year) <= toInteger(left($until, 4)))
    AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
  WITH p, a, b, 'pledge:' + p.id AS key
  RETURN key, COUNT { MATCH (e:Evidence {factKey: key}) } AS weight, p AS fact, a, b
}
WITH key, weight, fact, a, b ORDER BY weight DESC, key LIMIT $limit
RETURN key, CASE WHEN fact:Pledge THEN 'PLEDGE' ELSE type(fact) END AS type, a.id AS from, b.id AS to,
       CASE WHEN fact:Pledge THEN toString(toInteger(fact.year)) ELSE fact.firstDate END AS firstDate,
       CASE WHEN fact:Pledge THEN toString(toInteger(fact.year)) ELSE fact.lastDate END AS lastDate,
       weight, CASE WHEN fact:Pledge THEN fact.amountUsd END AS amountUsd,
       // The ends as actors-by-ids gives them, when the request asks for them: no second statement.
       CASE WHEN $withActors THEN a {.id, .name, .kind, .aliases, .country} END AS fromActor,
       CASE WHEN $withActors THEN b {.id, .name, .kind, .aliases, .country} END AS toActor
