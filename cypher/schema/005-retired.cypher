// Schema that earlier versions created and this one drops (a graph loaded by them is migrated in place).
// Evidence is never MERGEd: it is created only while its Article is locked (create-articles,
// write-article lock it), so its id needs no uniqueness constraint, whose check on every new Evidence cost
// about a tenth of a first load. An article's Evidence is found through FROM_ARTICLE, not an index.
DROP CONSTRAINT evidence_id IF EXISTS;
DROP INDEX evidence_article IF EXISTS;
