// The actors of an export, with the sectors they focus on or pledge in and their mention counts (an
// article's mention Evidence is its first mention and counts them all).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
OPTIONAL MATCH (e:Evidence {factKey: 'actor:' + a.id})
WITH a, sum(coalesce(e.mentions, 1)) AS evidenceCount, count(DISTINCT e.articleId) AS articleCount
RETURN a.id AS id, a.name AS label, a.kind AS kind, a.country AS country, coalesce(a.aliases, []) AS aliases,
       COLLECT {
         MATCH (a)-[f:FOCUSES_ON]->(s:Sector) WHERE coalesce(f.review, '') <> 'REJECTED' RETURN s.id AS sector
         UNION
         MATCH (a)-[:MADE]->(:Pledge)-[:IN_SECTOR]->(s:Sector) RETURN s.id AS sector
       } AS sectors,
       evidenceCount, articleCount
ORDER BY id
