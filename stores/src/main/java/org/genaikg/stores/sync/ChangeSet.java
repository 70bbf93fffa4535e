package org.genaikg.stores.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.stores.neo4j.Neo4jChanges;
import org.genaikg.stores.sync.internal.NamedGraphs;

/**
 * What brings the stores from what they hold to a new graph: the documents' named graphs to write
 * (new or changed) and to remove (their page is gone) in the RDF store, and the nodes and
 * relationships to write and delete in Neo4j. Made from {@link StoreContents} and the graph; the
 * stores apply it ({@link KnowledgeBaseStores#apply}).
 */
public final class ChangeSet {

    private final KnowledgeGraph target;
    private final Map<String, String> targetDigests;
    private final Map<Node, Graph> graphsToWrite;
    private final Set<String> graphsToRemove;
    private final Optional<Neo4jChanges> neo4j;
    private final long generation;

    private ChangeSet(KnowledgeGraph target, Map<String, String> targetDigests, Map<Node, Graph> graphsToWrite,
                      Set<String> graphsToRemove, Optional<Neo4jChanges> neo4j, long generation) {
        this.target = target;
        this.targetDigests = targetDigests;
        this.graphsToWrite = graphsToWrite;
        this.graphsToRemove = graphsToRemove;
        this.neo4j = neo4j;
        this.generation = generation;
    }

    /** What turns stores holding {@code held} into stores holding {@code target}. */
    public static ChangeSet between(StoreContents held, KnowledgeGraph target) {
        DatasetGraph dataset = NamedGraphs.of(target);
        Map<String, String> targetDigests = NamedGraphs.digests(dataset);
        Map<Node, Graph> toWrite = new HashMap<>();
        targetDigests.forEach((iri, digest) -> {
            if (!digest.equals(held.rdfDigests().get(iri))) {
                toWrite.put(NodeFactory.createURI(iri), NamedGraphs.graph(dataset, iri));
            }
        });
        Set<String> toRemove = new TreeSet<>(held.rdfDigests().keySet());
        toRemove.removeAll(targetDigests.keySet());
        return new ChangeSet(target, targetDigests, toWrite, toRemove, held.neo4j().map(neo4j -> Neo4jChanges.between(neo4j, target)), held.generation());
    }

    /** The graph the stores hold once this is applied. */
    public KnowledgeGraph target() {
        return target;
    }

    /** Each named graph's digest once this is applied, by graph IRI. */
    public Map<String, String> targetDigests() {
        return targetDigests;
    }

    /** The named graphs to write, new or changed, by graph IRI, sorted. */
    public List<String> documentsWritten() {
        return graphsToWrite.keySet().stream().map(Node::getURI).sorted().toList();
    }

    /** The named graphs to remove, sorted. */
    public List<String> documentsRemoved() {
        return List.copyOf(graphsToRemove);
    }

    /**
     * The Neo4j side: nodes and relationships to write and delete; not known when Neo4j's contents were not
     * (the stores then compute it against what Neo4j holds when they write it).
     */
    public Optional<Neo4jChanges> neo4j() {
        return neo4j;
    }

    /** True when both stores hold the target already (never while what Neo4j holds is not known). */
    public boolean isEmpty() {
        return graphsToWrite.isEmpty() && graphsToRemove.isEmpty() && neo4j.map(changes -> changes.size() == 0).orElse(false);
    }

    Map<Node, Graph> graphsToWrite() {
        return graphsToWrite;
    }

    Set<Node> graphsToRemove() {
        Set<Node> nodes = new java.util.HashSet<>();
        graphsToRemove.forEach(iri -> nodes.add(NodeFactory.createURI(iri)));
        return nodes;
    }

    long generation() {
        return generation;
    }
}
