// Every relation between actors and every pledge with a recipient, for an export: evidence and article
// counts, and first/last dates (the fact's own dates, else its articles' published dates). Rejected facts
// are left out unless $includeRejected; `review` says what a person decided about each.
CALL () {
  MATCH (a:Actor)-[r]->(b:Actor)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($includeRejected OR coalesce(r.review, '') <> 'REJECTED')
    AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
    AND ($sector IS NULL
      OR EXISTS { MATCH (a)-[f:FOCUSES_ON WHERE coalesce(f.review, '') <> 'REJECTED']->(:Sector)-[:SUBSECTOR_OF*0..]->(:Sector {id: $sector}) }
      OR EXISTS { MATCH (b)-[f:FOCUSES_ON WHERE coalesce(f.review, '') <> 'REJECTED']->(:Sector)-[:SUBSECTOR_OF*0..]->(:Sector {id: $sector}) })
  OPTIONAL MATCH (e:Evidence {factKey: r.key})-[:FROM_ARTICLE]->(art:Article)
  WITH a, b, r, count(DISTINCT e) AS evidenceCount, count(DISTINCT art) AS articleCount,
       min(art.published) AS firstPublished, max(art.published) AS lastPublished
  RETURN r.key AS id, type(r) AS type, a.id AS source, b.id AS target, r.role AS role,
         coalesce(r.firstDate, firstPublished) AS firstDate, coalesce(r.lastDate, lastPublished) AS lastDate,
         coalesce(r.dates, []) AS dates, evidenceCount, articleCount,
         null AS pledgeKind, null AS amount, null AS unit, null AS amountText, null AS amountUsd, null AS status,
         coalesce(r.review, 'EXTRACTED') AS review
  UNION ALL
  MATCH (a:Actor)-[:MADE]->(p:Pledge)-[:TO]->(b:Actor)
  WHERE ($types IS NULL OR 'PLEDGE' IN $types)
    AND ($includeRejected OR coalesce(p.review, '') <> 'REJECTED')
    AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
    AND ($sector IS NULL OR EXISTS { MATCH (p)-[:IN_SECTOR]->(:Sector)-[:SUBSECTOR_OF*0..]->(:Sector {id: $sector}) })
  OPTIONAL MATCH (e:Evidence {factKey: 'pledge:' + p.id})-[:FROM_ARTICLE]->(art:Article)
  WITH a, b, p, count(DISTINCT e) AS evidenceCount, count(DISTINCT art) AS articleCount,
       min(art.published) AS firstPublished, max(art.published) AS lastPublished
  RETURN 'pledge:' + p.id AS id, 'PLEDGE' AS type, a.id AS source, b.id AS target, null AS role,
         coalesce(firstPublished, toString(toInteger(p.year))) AS firstDate, coalesce(lastPublished, toString(toInteger(p.year))) AS lastDate,
         [] AS dates, evidenceCount, articleCount,
         p.kind AS pledgeKind, p.amount AS amount, p.unit AS unit, p.amountText AS amountText, p.amountUsd AS amountUsd,
         p.status AS status, coalesce(p.review, 'EXTRACTED') AS review
}
WITH *
WHERE ($since IS NULL OR (lastDate IS NOT NULL AND left(lastDate, size($since)) >= $since))
  AND ($until IS NULL OR (firstDate IS NOT NULL AND left(firstDate, size($until)) <= $until))
RETURN id, type, source, target, role, firstDate, lastDate, dates, evidenceCount, articleCount,
       pledgeKind, amount, unit, amountText, amountUsd, status, review
ORDER BY id
