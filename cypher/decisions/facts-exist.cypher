// Which of these fact keys name a relationship or pledge in the graph now.
UNWIND $keys AS key
WITH key WHERE (key STARTS WITH 'pledge:' AND EXISTS { MATCH (:Pledge {id: substring(key, 7)}) })
  OR (key STARTS WITH 'rel:' AND EXISTS { MATCH (:Actor {id: split(key, ':')[2]})-[r]->() WHERE r.key = key })
RETURN key
