// Pledges in a sector or its sub-sectors: count, USD total and the largest $first.
MATCH (:Sector {id: $sector})<-[:SUBSECTOR_OF*0..]-(:Sector)<-[:IN_SECTOR]-(p:Pledge)
WITH DISTINCT p
WITH collect(p) AS ps, count(p) AS totalCount, sum(p.amountUsd) AS totalUsd
UNWIND ps AS p
WITH p, totalCount, totalUsd ORDER BY p.amountUsd DESC, p.id LIMIT $first
RETURN totalCount, totalUsd, collect(p {.id, .kind, .amountText, .amountUsd, .status, .year,
       by: [(p)<-[:MADE]-(b:Actor) | b.id][0], to: [(p)-[:TO]->(t:Actor) | t.id][0]}) AS pledges
