"""The graph: networkx build, exports, stores (LadybugDB, Neo4j) and pictures."""
