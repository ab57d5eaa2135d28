// Relations between actors plus pledges (by → to), filtered, heaviest first: weight = how many Evidence
// state it (kept by the loader, src/graph/README.md), ties by key, descending. Two plans, picked
// per request by the sector's size (both give the same rows; a test compares them with the plain query):
// - ranked: walk each relationship type's (weight, key) index and the pledges' from the top, keeping the
//   edges that pass the filters, at most $limit per type. It looks at about $limit × actors / members
//   edges per type: cheap with no sector or a big one.
// - from the sector: every relation touching the sector's actors and its pledges, then sort: cheap for a
//   small sector, where the ranked walk would pass over most of the graph before finding $limit.
// The relation types are those between actors (core RELATION_TYPES but FOCUSES_ON; a unit test keeps
// them in step). Only the $limit rows kept are turned into edges. Rejected facts (a reject decision) are
// left out unless $includeRejected; an actor's rejected FOCUSES_ON does not make it a sector's member.
WITH CASE WHEN $sector IS NOT NULL THEN COLLECT { MATCH (:Sector {id: $sector})<-[:SUBSECTOR_OF*0..]-(s:Sector) RETURN DISTINCT s.id } END AS sectors
CALL (sectors) {
  WITH sectors WHERE sectors IS NOT NULL
  UNWIND sectors AS id
  MATCH (:Sector {id: id})<-[f:FOCUSES_ON]-(a:Actor) WHERE coalesce(f.review, '') <> 'REJECTED'
  WITH DISTINCT a
  // Degrees come from the node's relationship counts, not by walking them.
  RETURN collect(a) AS members, sum(COUNT { (a)-[:INVESTS_IN|TRAINS|VISITS|MEETS|PARTNERS_WITH|HOLDS_ROLE|SUBSIDIARY_OF|PART_OF|LOCATED_IN|OPERATES]-() }) AS touching
}
// $plan ('ranked' or 'sector', else null) forces one, for the test that compares both with the plain query.
WITH sectors, members, CASE WHEN sectors IS NULL THEN true WHEN $plan IS NOT NULL THEN $plan = 'ranked'
                            ELSE $limit * COUNT { (:Actor) } < size(members) * touching END AS ranked
CALL (sectors, members, ranked) {
    WITH sectors, members WHERE ranked AND ($types IS NULL OR 'INVESTS_IN' IN $types)
    MATCH (a:Actor)-[r:INVESTS_IN]->(b:Actor) USING INDEX r:INVESTS_IN(weight, key)
    WHERE r.weight IS NOT NULL AND r.key IS NOT NULL
      AND ($since IS NULL OR (r.lastDate IS NOT NULL AND left(r.lastDate, size($since)) >= $since))
      AND ($until IS NULL OR (r.firstDate IS NOT NULL AND left(r.firstDate, size($until)) <= $until))
      AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
      AND (sectors IS NULL OR a IN members OR b IN members)
      AND ($includeRejected OR coalesce(r.review, '') <> 'REJECTED')
    WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $limit
    RETURN r AS rel, null AS pledge, a, b
    UNION ALL
    WITH sectors, members WHERE ranked AND ($types IS NULL OR 'TRAINS' IN $types)
    MATCH (a:Actor)-[r:TRAINS]->(b:Actor) USING INDEX r:TRAINS(weight, key)
    WHERE r.weight IS NOT NULL AND r.key IS NOT NULL
      AND ($since IS NULL OR (r.lastDate IS NOT NULL AND left(r.lastDate, size($since)) >= $since))
      AND ($until IS NULL OR (r.firstDate IS NOT NULL AND left(r.firstDate, size($until)) <= $until))
      AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
      AND (sectors IS NULL OR a IN members OR b IN members)
      AND ($includeRejected OR coalesce(r.review, '') <> 'REJECTED')
    WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $limit
    RETURN r AS rel, null AS pledge, a, b
    UNION ALL
    WITH sectors, members WHERE ranked AND ($types IS NULL OR 'VISITS' IN $types)
    MATCH (a:Actor)-[r:VISITS]->(b:Actor) USING INDEX r:VISITS(weight, key)
    WHERE r.weight IS NOT NULL AND r.key IS NOT NULL
      AND ($since IS NULL OR (r.lastDate IS NOT NULL AND left(r.lastDate, size($since)) >= $since))
      AND ($until IS NULL OR (r.firstDate IS NOT NULL AND left(r.firstDate, size($until)) <= $until))
      AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
      AND (sectors IS NULL OR a IN members OR b IN members)
      AND ($includeRejected OR coalesce(r.review, '') <> 'REJECTED')
    WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $limit
    RETURN r AS rel, null AS pledge, a, b
    UNION ALL
    WITH sectors, members WHERE ranked AND ($types IS NULL OR 'MEETS' IN $types)
    MATCH (a:Actor)-[r:MEETS]->(b:Actor) USING INDEX r:MEETS(weight, key)
    WHERE r.weight IS NOT NULL AND r.key IS NOT NULL
      AND ($since IS NULL OR (r.lastDate IS NOT NULL AND left(r.lastDate, size($since)) >= $since))
      AND ($until IS NULL OR (r.firstDate IS NOT NULL AND left(r.firstDate, size($until)) <= $until))
      AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
      AND (sectors IS NULL OR a IN members OR b IN members)
      AND ($includeRejected OR coalesce(r.review, '') <> 'REJECTED')
    WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $limit
    RETURN r AS rel, null AS pledge, a, b
    UNION ALL
    WITH sectors, members WHERE ranked AND ($types IS NULL OR 'PARTNERS_WITH' IN $types)
    MATCH (a:Actor)-[r:PARTNERS_WITH]->(b:Actor) USING INDEX r:PARTNERS_WITH(weight, key)
    WHERE r.weight IS NOT NULL AND r.key IS NOT NULL
      AND ($since IS NULL OR (r.lastDate IS NOT NULL AND left(r.lastDate, size($since)) >= $since))
      AND ($until IS NULL OR (r.firstDate IS NOT NULL AND left(r.firstDate, size($until)) <= $until))
      AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
      AND (sectors IS NULL OR a IN members OR b IN members)
      AND ($includeRejected OR coalesce(r.review, '') <> 'REJECTED')
    WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $limit
    RETURN r AS rel, null AS pledge, a, b
    UNION ALL
    WITH sectors, members WHERE ranked AND ($types IS NULL OR 'HOLDS_ROLE' IN $types)
    MATCH (a:Actor)-[r:HOLDS_ROLE]->(b:Actor) USING INDEX r:HOLDS_ROLE(weight, key)
    WHERE r.weight IS NOT NULL AND r.key IS NOT NULL
      AND ($since IS NULL OR (r.lastDate IS NOT NULL AND left(r.lastDate, size($since)) >= $since))
      AND ($until IS NULL OR (r.firstDate IS NOT NULL AND left(r.firstDate, size($until)) <= $until))
      AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
      AND (sectors IS NULL OR a IN members OR b IN members)
      AND ($includeRejected OR coalesce(r.review, '') <> 'REJECTED')
    WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $limit
    RETURN r AS rel, null AS pledge, a, b
    UNION ALL
    WITH sectors, members WHERE ranked AND ($types IS NULL OR 'SUBSIDIARY_OF' IN $types)
    MATCH (a:Actor)-[r:SUBSIDIARY_OF]->(b:Actor) USING INDEX r:SUBSIDIARY_OF(weight, key)
    WHERE r.weight IS NOT NULL AND r.key IS NOT NULL
      AND ($since IS NULL OR (r.lastDate IS NOT NULL AND left(r.lastDate, size($since)) >= $since))
      AND ($until IS NULL OR (r.firstDate IS NOT NULL AND left(r.firstDate, size($until)) <= $until))
      AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
      AND (sectors IS NULL OR a IN members OR b IN members)
      AND ($includeRejected OR coalesce(r.review, '') <> 'REJECTED')
    WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $limit
    RETURN r AS rel, null AS pledge, a, b
    UNION ALL
    WITH sectors, members WHERE ranked AND ($types IS NULL OR 'PART_OF' IN $types)
    MATCH (a:Actor)-[r:PART_OF]->(b:Actor) USING INDEX r:PART_OF(weight, key)
    WHERE r.weight IS NOT NULL AND r.key IS NOT NULL
      AND ($since IS NULL OR (r.lastDate IS NOT NULL AND left(r.lastDate, size($since)) >= $since))
      AND ($until IS NULL OR (r.firstDate IS NOT NULL AND left(r.firstDate, size($until)) <= $until))
      AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
      AND (sectors IS NULL OR a IN members OR b IN members)
      AND ($includeRejected OR coalesce(r.review, '') <> 'REJECTED')
    WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $limit
    RETURN r AS rel, null AS pledge, a, b
    UNION ALL
    WITH sectors, members WHERE ranked AND ($types IS NULL OR 'LOCATED_IN' IN $types)
    MATCH (a:Actor)-[r:LOCATED_IN]->(b:Actor) USING INDEX r:LOCATED_IN(weight, key)
    WHERE r.weight IS NOT NULL AND r.key IS NOT NULL
      AND ($since IS NULL OR (r.lastDate IS NOT NULL AND left(r.lastDate, size($since)) >= $since))
      AND ($until IS NULL OR (r.firstDate IS NOT NULL AND left(r.firstDate, size($until)) <= $until))
      AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
      AND (sectors IS NULL OR a IN members OR b IN members)
      AND ($includeRejected OR coalesce(r.review, '') <> 'REJECTED')
    WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $limit
    RETURN r AS rel, null AS pledge, a, b
    UNION ALL
    WITH sectors, members WHERE ranked AND ($types IS NULL OR 'OPERATES' IN $types)
    MATCH (a:Actor)-[r:OPERATES]->(b:Actor) USING INDEX r:OPERATES(weight, key)
    WHERE r.weight IS NOT NULL AND r.key IS NOT NULL
      AND ($since IS NULL OR (r.lastDate IS NOT NULL AND left(r.lastDate, size($since)) >= $since))
      AND ($until IS NULL OR (r.firstDate IS NOT NULL AND left(r.firstDate, size($until)) <= $until))
      AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
      AND (sectors IS NULL OR a IN members OR b IN members)
      AND ($includeRejected OR coalesce(r.review, '') <> 'REJECTED')
    WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $limit
    RETURN r AS rel, null AS pledge, a, b
    UNION ALL
    WITH sectors, members WHERE ranked AND ($types IS NULL OR 'PLEDGE' IN $types)
    MATCH (a:Actor)-[:MADE]->(p:Pledge)-[:TO]->(b:Actor) USING INDEX p:Pledge(weight, id)
    WHERE p.weight IS NOT NULL AND p.id IS NOT NULL
      AND ($since IS NULL OR coalesce(p.periodEnd, p.year) >= toInteger(left($since, 4)))
      AND ($until IS NULL OR coalesce(p.periodStart, p.year) <= toInteger(left($until, 4)))
      AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
      AND (sectors IS NULL OR EXISTS { (p)-[:IN_SECTOR]->(s:Sector) WHERE s.id IN sectors })
      AND ($includeRejected OR coalesce(p.review, '') <> 'REJECTED')
    WITH p, a, b ORDER BY p.weight DESC, p.id DESC LIMIT $limit
    RETURN null AS rel, p AS pledge, a, b
    UNION ALL
    WITH members WHERE NOT ranked
    UNWIND members AS a
    MATCH (a)-[r:INVESTS_IN|TRAINS|VISITS|MEETS|PARTNERS_WITH|HOLDS_ROLE|SUBSIDIARY_OF|PART_OF|LOCATED_IN|OPERATES]-(:Actor)
    WITH DISTINCT r
    WITH r, startNode(r) AS a, endNode(r) AS b
    WHERE ($types IS NULL OR type(r) IN $types)
      AND ($includeRejected OR coalesce(r.review, '') <> 'REJECTED')
      AND ($since IS NULL OR (r.lastDate IS NOT NULL AND left(r.lastDate, size($since)) >= $since))
      AND ($until IS NULL OR (r.firstDate IS NOT NULL AND left(r.firstDate, size($until)) <= $until))
      AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
    RETURN r AS rel, null AS pledge, a, b
    UNION ALL
    WITH sectors WHERE NOT ranked AND ($types IS NULL OR 'PLEDGE' IN $types)
    UNWIND sectors AS id
    MATCH (:Sector {id: id})<-[:IN_SECTOR]-(p:Pledge)
    WITH DISTINCT p
    MATCH (a:Actor)-[:MADE]->(p)-[:TO]->(b:Actor)
    WHERE ($includeRejected OR coalesce(p.review, '') <> 'REJECTED')
      AND ($since IS NULL OR coalesce(p.periodEnd, p.year) >= toInteger(left($since, 4)))
      AND ($until IS NULL OR coalesce(p.periodStart, p.year) <= toInteger(left($until, 4)))
      AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
    RETURN null AS rel, p AS pledge, a, b
}
// A pledge's key is 'pledge:' + its id (as its Evidence's factKey).
WITH rel, pledge, a, b, coalesce(rel.key, 'pledge:' + pledge.id) AS key, coalesce(rel.weight, pledge.weight) AS weight
ORDER BY weight DESC, key DESC LIMIT $limit
RETURN key, coalesce(type(rel), 'PLEDGE') AS type, a.id AS from, b.id AS to,
       coalesce(rel.firstDate, toString(toInteger(pledge.year))) AS firstDate,
       coalesce(rel.lastDate, toString(toInteger(pledge.year))) AS lastDate,
       weight, pledge.amountUsd AS amountUsd, coalesce(rel.review, pledge.review) AS review,
       // The ends as actors-by-ids gives them, when the request asks for them: no second statement.
       CASE WHEN $withActors THEN a {.id, .name, .kind, .aliases, .country} END AS fromActor,
       CASE WHEN $withActors THEN b {.id, .name, .kind, .aliases, .country} END AS toActor
