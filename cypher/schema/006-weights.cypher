// Weights: how many Evidence state each relation between actors and each pledge, kept by the loader
// (cypher/load/write-relations, write-pledges, refresh-relations, refresh-pledges). The network ranks edges by weight, then key, both descending:
// these composite indexes hand each relationship type's edges over in that order, so a ranking stops
// after the edges it keeps instead of counting every edge's Evidence.
CREATE INDEX rel_invests_in_weight IF NOT EXISTS FOR ()-[r:INVESTS_IN]-() ON (r.weight, r.key);
CREATE INDEX rel_trains_weight IF NOT EXISTS FOR ()-[r:TRAINS]-() ON (r.weight, r.key);
CREATE INDEX rel_visits_weight IF NOT EXISTS FOR ()-[r:VISITS]-() ON (r.weight, r.key);
CREATE INDEX rel_meets_weight IF NOT EXISTS FOR ()-[r:MEETS]-() ON (r.weight, r.key);
CREATE INDEX rel_partners_with_weight IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.weight, r.key);
CREATE INDEX rel_holds_role_weight IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.weight, r.key);
CREATE INDEX rel_subsidiary_of_weight IF NOT EXISTS FOR ()-[r:SUBSIDIARY_OF]-() ON (r.weight, r.key);
CREATE INDEX rel_part_of_weight IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.weight, r.key);
CREATE INDEX rel_located_in_weight IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.weight, r.key);
CREATE INDEX rel_operates_weight IF NOT EXISTS FOR ()-[r:OPERATES]-() ON (r.weight, r.key);
CREATE INDEX pledge_weight IF NOT EXISTS FOR (n:Pledge) ON (n.weight, n.id);
// Graphs loaded before weights existed get them once (a no-op scan afterwards).
MATCH ()-[r:INVESTS_IN|TRAINS|VISITS|MEETS|PARTNERS_WITH|HOLDS_ROLE|SUBSIDIARY_OF|PART_OF|LOCATED_IN|OPERATES]->() WHERE r.weight IS NULL
SET r.weight = COUNT { MATCH (e:Evidence {factKey: r.key}) };
MATCH (p:Pledge) WHERE p.weight IS NULL
SET p.weight = COUNT { MATCH (e:Evidence {factKey: 'pledge:' + p.id}) };
