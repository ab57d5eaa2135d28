// Decisions (src/graph/decisions): one node per correction a person made, and the log node every
// decision and every load's last step lock, so decisions take turns and a load sees them all.
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (n:Decision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT decision_log_id IF NOT EXISTS FOR (n:DecisionLog) REQUIRE n.id IS UNIQUE;
CREATE INDEX decision_target IF NOT EXISTS FOR (n:Decision) ON (n.target);
CREATE INDEX decision_other IF NOT EXISTS FOR (n:Decision) ON (n.other);
CREATE INDEX decision_seq IF NOT EXISTS FOR (n:Decision) ON (n.seq);
