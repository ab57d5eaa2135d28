// The stored claimsHash of each article that exists: equal hash → nothing to load.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.claimsHash AS claimsHash
