CREATE INDEX evidence_fact_key IF NOT EXISTS FOR (n:Evidence) ON (n.factKey);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX pledge_kind IF NOT EXISTS FOR (n:Pledge) ON (n.kind);
CREATE INDEX pledge_status IF NOT EXISTS FOR (n:Pledge) ON (n.status);
CREATE INDEX pledge_usd IF NOT EXISTS FOR (n:Pledge) ON (n.amountUsd);
CREATE INDEX pledge_year IF NOT EXISTS FOR (n:Pledge) ON (n.year);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
