MATCH (a:Actor)
WHERE ($kinds IS NULL OR a.kind IN $kinds)
  AND ($country IS NULL OR a.country = $country)
  AND ($afterName IS NULL OR a.name > $afterName OR (a.name = $afterName AND a.id > $afterId))
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, a.country AS country
ORDER BY a.name, a.id
LIMIT $limit
