CREATE FULLTEXT INDEX name_search IF NOT EXISTS FOR (n:Actor|Sector) ON EACH [n.searchText];
