// SUBSECTOR_OF follows each sector's `parent`; a link to a former parent goes.
MATCH (c:Sector)
OPTIONAL MATCH (c)-[old:SUBSECTOR_OF]->(p:Sector)
WITH c, collect(old) AS olds, collect(p.id) AS parents
CALL (c, olds) {
  UNWIND olds AS old
  WITH old WHERE endNode(old).id <> coalesce(c.parent, '')
  DELETE old
}
CALL (c, parents) {
  WITH * WHERE c.parent IS NOT NULL AND NOT c.parent IN parents
  MATCH (p:Sector {id: c.parent})
  MERGE (c)-[:SUBSECTOR_OF]->(p)
}
