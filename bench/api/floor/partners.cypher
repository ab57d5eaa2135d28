// Partners of one actor, most relations first, each relation with up to 3 pieces of evidence and the
// title of the article each quotes (the question asks for them; before 2026-12-07 the floor left them out).
MATCH (a:Actor {id: $id})-[r]-(p:Actor)
WITH p, collect(r) AS rels
ORDER BY size(rels) DESC, p.id
LIMIT $first
RETURN p.id AS id, p.name AS name, p.kind AS kind,
       [r IN rels | {type: type(r), key: r.key, dates: r.dates,
                     evidence: COLLECT { MATCH (e:Evidence {factKey: r.key}) WITH e LIMIT 3
                                         MATCH (ar:Article {id: e.articleId}) RETURN e {.quote, .articleId, .start, .end, title: ar.title} }}] AS relations
