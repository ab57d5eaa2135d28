// Articles the graph did not hold when the load read its hashes, created in one statement (a group's
// bulk path). One that exists by now (another load got there first) is left alone and returned with
// created = false; the caller loads it the careful way (write-article). The Article's index entry stays
// locked until commit, so a parallel load of the same article waits, then sees the claimsHash.
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a += row, a.loadedAt = datetime(), a._new = true
WITH a, a._new IS NOT NULL AS created
CALL (a, created) {
  WITH * WHERE created
  REMOVE a._new
}
RETURN a.id AS id, created
