// Evidence of articles this transaction created (create-articles): none of it can exist, so CREATE,
// much cheaper than MERGE for the bulk of a load. It arrives as columns, one list parameter per
// property, with each article's range of rows (src/graph/load/evidence-columns.ts): one Article
// lookup per article, no map to unpack per row. Offsets arrive as JavaScript numbers (floats).
// A changed article (write-article) gets its new Evidence through this statement too.
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
UNWIND range(article.from, article.to - 1) AS i
CREATE (e:Evidence {id: $id[i], factKey: $factKey[i], articleId: $articleId[i], quote: $quote[i],
  start: toInteger($start[i]), end: toInteger($end[i]), rule: $rule[i], confidence: $confidence[i],
  date: $date[i], mentions: toInteger($mentions[i])})-[:FROM_ARTICLE]->(a)
