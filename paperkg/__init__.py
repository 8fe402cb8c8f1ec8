"""paperkg: paper abstracts -> a knowledge graph of methods, datasets, benchmarks and models.

The code lives in three namespaced packages that sit at the repository's top level:
``paperkg.extract`` (corpus readers and the spaCy pipeline), ``paperkg.graph`` (networkx graph,
stores, pictures) and ``paperkg.queries`` (canned Cypher queries).
"""

__version__ = "0.1.0"
