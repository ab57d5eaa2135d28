// The heaviest edges (most Evidence: the stored weights) touching a sector's actors or in its pledges:
// each relationship type's (weight, key) index walked from the top, as the API's ranked plan does for a
// big sector, without the API's other filters.
MATCH (:Sector {id: $sector})<-[:SUBSECTOR_OF*0..]-(s:Sector)
WITH collect(s) AS sectors
CALL (sectors) { UNWIND sectors AS s MATCH (s)<-[:FOCUSES_ON]-(a:Actor) RETURN collect(DISTINCT a) AS members }
CALL (members, sectors) {
  WITH members MATCH (a)-[r:INVESTS_IN]->(b) USING INDEX r:INVESTS_IN(weight, key) WHERE r.weight IS NOT NULL AND r.key IS NOT NULL AND (a IN members OR b IN members)
  WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $first RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to, r.weight AS weight
  UNION ALL
  WITH members MATCH (a)-[r:TRAINS]->(b) USING INDEX r:TRAINS(weight, key) WHERE r.weight IS NOT NULL AND r.key IS NOT NULL AND (a IN members OR b IN members)
  WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $first RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to, r.weight AS weight
  UNION ALL
  WITH members MATCH (a)-[r:VISITS]->(b) USING INDEX r:VISITS(weight, key) WHERE r.weight IS NOT NULL AND r.key IS NOT NULL AND (a IN members OR b IN members)
  WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $first RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to, r.weight AS weight
  UNION ALL
  WITH members MATCH (a)-[r:MEETS]->(b) USING INDEX r:MEETS(weight, key) WHERE r.weight IS NOT NULL AND r.key IS NOT NULL AND (a IN members OR b IN members)
  WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $first RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to, r.weight AS weight
  UNION ALL
  WITH members MATCH (a)-[r:PARTNERS_WITH]->(b) USING INDEX r:PARTNERS_WITH(weight, key) WHERE r.weight IS NOT NULL AND r.key IS NOT NULL AND (a IN members OR b IN members)
  WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $first RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to, r.weight AS weight
  UNION ALL
  WITH members MATCH (a)-[r:HOLDS_ROLE]->(b) USING INDEX r:HOLDS_ROLE(weight, key) WHERE r.weight IS NOT NULL AND r.key IS NOT NULL AND (a IN members OR b IN members)
  WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $first RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to, r.weight AS weight
  UNION ALL
  WITH members MATCH (a)-[r:SUBSIDIARY_OF]->(b) USING INDEX r:SUBSIDIARY_OF(weight, key) WHERE r.weight IS NOT NULL AND r.key IS NOT NULL AND (a IN members OR b IN members)
  WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $first RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to, r.weight AS weight
  UNION ALL
  WITH members MATCH (a)-[r:PART_OF]->(b) USING INDEX r:PART_OF(weight, key) WHERE r.weight IS NOT NULL AND r.key IS NOT NULL AND (a IN members OR b IN members)
  WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $first RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to, r.weight AS weight
  UNION ALL
  WITH members MATCH (a)-[r:LOCATED_IN]->(b) USING INDEX r:LOCATED_IN(weight, key) WHERE r.weight IS NOT NULL AND r.key IS NOT NULL AND (a IN members OR b IN members)
  WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $first RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to, r.weight AS weight
  UNION ALL
  WITH members MATCH (a)-[r:OPERATES]->(b) USING INDEX r:OPERATES(weight, key) WHERE r.weight IS NOT NULL AND r.key IS NOT NULL AND (a IN members OR b IN members)
  WITH r, a, b ORDER BY r.weight DESC, r.key DESC LIMIT $first RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to, r.weight AS weight
  UNION ALL
  WITH sectors MATCH (a)-[:MADE]->(p:Pledge)-[:TO]->(b) USING INDEX p:Pledge(weight, id) WHERE p.weight IS NOT NULL AND p.id IS NOT NULL
    AND EXISTS { (p)-[:IN_SECTOR]->(s) WHERE s IN sectors }
  WITH p, a, b ORDER BY p.weight DESC, p.id DESC LIMIT $first RETURN 'pledge:' + p.id AS key, 'PLEDGE' AS type, a.id AS from, b.id AS to, p.weight AS weight
}
RETURN key, type, from, to, weight ORDER BY weight DESC, key DESC LIMIT $first
