// What re-extracting an article needs: its stored text and metadata.
UNWIND $ids AS key
MATCH (a:Article {id: key})
RETURN a.id AS id, a.file AS file, a.title AS title, a.text AS text, a.published AS published, a.outlet AS outlet,
       a.url AS url, coalesce(a.language, 'vi') AS language
