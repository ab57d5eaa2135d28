MATCH (a:Article)
WITH a, coalesce(a.published, '') AS sortKey
WHERE ($outlet IS NULL OR a.outlet = $outlet)
  AND ($language IS NULL OR a.language = $language OR a.language STARTS WITH $language + '-')
  AND ($since IS NULL OR left(sortKey, size($since)) >= $since)
  AND ($until IS NULL OR (sortKey <> '' AND left(sortKey, size($until)) <= $until))
  AND ($mentions IS NULL OR EXISTS { MATCH (a)<-[:FROM_ARTICLE]-(:Evidence {factKey: 'actor:' + $mentions}) })
  AND ($afterKey IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND a.id > $afterId))
RETURN a.id AS id, a.title AS title, a.published AS published, a.outlet AS outlet, a.url AS url,
       a.language AS language, coalesce(a.textLength, size(a.text)) AS textLength, sortKey
ORDER BY sortKey DESC, a.id
LIMIT $limit
