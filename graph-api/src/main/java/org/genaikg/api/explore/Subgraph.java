package org.genaikg.api.explore;

import java.util.List;
import java.util.Map;
import org.genaikg.api.index.IndexedEdge;
import org.genaikg.api.index.IndexedNode;

/** Some nodes, the edges among them, and the degree to show for each node. */
record Subgraph(List<IndexedNode> nodes, List<IndexedEdge> edges, Map<String, Integer> degrees) {}
