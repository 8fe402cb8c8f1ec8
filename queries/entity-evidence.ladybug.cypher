// name: entity-evidence
// description: the evidence for an entity (exact key): per paper, newest first, its role, the mention's text and the sentence it is in
// params: key, limit=20
MATCH (p:Paper)-[r]->(e:Method:Dataset:Benchmark:Task:Metric:Model:ModelFamily {key: $key})
RETURN p.id AS paper, p.title AS title, p.year AS year, label(r) AS role, r.surface AS surface, r.field AS field,
       CASE WHEN size(r.sentences) > 0 THEN r.sentences[1] END AS sentence
ORDER BY coalesce(year, 0) DESC, paper, role, surface
LIMIT $limit
