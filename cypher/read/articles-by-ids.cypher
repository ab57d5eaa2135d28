UNWIND $ids AS key
MATCH (a:Article {id: key})
RETURN a.id AS id, a.title AS title, a.published AS published, a.outlet AS outlet, a.url AS url,
       a.language AS language, coalesce(a.textLength, size(a.text)) AS textLength
