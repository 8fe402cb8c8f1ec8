// name: method-benchmark-matrix
// description: the method x benchmark matrix in long form: papers proposing/using the method and evaluating on the benchmark
// params:
MATCH (m:Method)-[e:EVALUATED_ON]->(b:Benchmark)
RETURN m.name AS method, m.key AS method_key, b.name AS benchmark, b.key AS benchmark_key, e.papers AS papers
ORDER BY method, method_key, benchmark, benchmark_key
