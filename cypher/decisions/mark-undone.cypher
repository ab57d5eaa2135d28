MATCH (d:Decision {id: $id})
SET d.undoneBy = $undoneBy, d.undoneAt = $at
