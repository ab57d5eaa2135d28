// Pledges, each locked before it is read: their values, who made it and to whom as the MADE/TO links say,
// extraction's values as the loader last wrote them (`extracted`, JSON) and the earliest article year.
UNWIND $ids AS id
MATCH (p:Pledge {id: id})
SET p._lock = true
REMOVE p._lock
RETURN p.id AS id, p.amount AS amount, p.unit AS unit, p.amountText AS amountText, p.amountUsd AS amountUsd,
       p.status AS status, p.periodStart AS periodStart, p.periodEnd AS periodEnd, p.extracted AS extracted,
       p.review AS review, p.decision AS decision,
       [(by:Actor)-[:MADE]->(p) | by.id][0] AS by, [(p)-[:TO]->(to:Actor) | to.id][0] AS to,
       COLLECT { MATCH (e:Evidence {factKey: 'pledge:' + p.id})-[:FROM_ARTICLE]->(a:Article) WHERE a.published IS NOT NULL
                 RETURN toInteger(left(a.published, 4)) AS y ORDER BY y LIMIT 1 }[0] AS articleYear
