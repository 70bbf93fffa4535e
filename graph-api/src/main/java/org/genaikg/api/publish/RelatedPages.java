package org.genaikg.api.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.genaikg.api.store.NodeIds;
import org.genaikg.extractor.model.Edge;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Node;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/**
 * For each page of the knowledge base, what it names and what is related to it, for the "related"
 * boxes of a site: the models, papers, concepts... found on the page; the pages it links to and
 * those linking to it; the pages that name the most of the same things (each shared thing weighted
 * by how rare it is: ln(pages / pages naming it)); and the models, papers and concepts the page does
 * not name but that a relation joins to one it names. Pure logic, no I/O.
 */
final class RelatedPages {
    static final int PAGES_SHOWN = 10;
    static final int RELATED_SHOWN = 10;
    static final int SHARED_SHOWN = 5;

    /** The relations that say how two things of the field relate (not where they are written). */
    static final Set<Relation> TYPED = EnumSet.of(Relation.DESCRIBED_IN, Relation.HAS_CODE, Relation.BUILDS_ON,
            Relation.HAS_MODALITY, Relation.COMPONENT_OF, Relation.KIND_OF);

    /** The file of one page. */
    record Related(String generated, PageRef page, List<Thing> mentions, List<PageRef> linksTo, List<PageRef> linkedFrom,
                   Suggestions related) {}

    record Suggestions(List<PageRef> pages, List<Thing> models, List<Thing> papers, List<Thing> concepts) {}

    /** A page: its document id, path and title; score and shared names when suggested; its explorer link. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PageRef(String id, String path, String title, Double score, List<String> shared, String url) {}

    /** A thing named on a page or suggested for it; {@code via}: the names on the page it is related to. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Thing(String id, String label, String type, List<String> via, String url) {}

    private final Map<String, Node> byIri = new HashMap<>();
    private final Map<String, String> pathOfDocument = new TreeMap<>();
    private final Map<String, String> documentOfPath = new HashMap<>();
    private final Map<String, Set<String>> thingsOfPage = new HashMap<>();
    private final Map<String, Set<String>> pagesOfThing = new HashMap<>();
    private final Map<String, Set<String>> linksOut = new HashMap<>();
    private final Map<String, Set<String>> linksIn = new HashMap<>();
    private final Map<String, Set<String>> typedNeighbours = new HashMap<>();
    private final PageLinks links;
    private final String generated;

    private RelatedPages(KnowledgeGraph graph, PageLinks links, String generated) {
        this.links = links;
        this.generated = generated;
        for (Node node : graph.nodes()) {
            byIri.put(node.iri(), node);
            if (node.kind() == NodeKind.DOCUMENT && node.attribute(Attribute.SOURCE_PATH) != null) {
                pathOfDocument.put(node.iri(), node.attribute(Attribute.SOURCE_PATH));
                documentOfPath.put(node.attribute(Attribute.SOURCE_PATH), node.iri());
            }
        }
        for (Node node : graph.nodes()) {
            if (node.kind() == NodeKind.DOCUMENT || node.kind() == NodeKind.SECTION) {
                continue;
            }
            for (SourceSpan span : node.provenance()) {
                String page = documentOfPath.get(span.path());
                if (page != null) {
                    thingsOfPage.computeIfAbsent(page, k -> new TreeSet<>()).add(node.iri());
                    pagesOfThing.computeIfAbsent(node.iri(), k -> new TreeSet<>()).add(page);
                }
            }
        }
        for (Edge edge : graph.edges()) {
            if (edge.relation() == Relation.LINKS_TO) {
                String from = documentOf(edge.subject());
                String to = documentOf(edge.object());
                if (from != null && to != null && !from.equals(to)) {
                    linksOut.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                    linksIn.computeIfAbsent(to, k -> new TreeSet<>()).add(from);
                }
            } else if (TYPED.contains(edge.relation())) {
                typedNeighbours.computeIfAbsent(edge.subject(), k -> new TreeSet<>()).add(edge.object());
                typedNeighbours.computeIfAbsent(edge.object(), k -> new TreeSet<>()).add(edge.subject());
            }
        }
    }

    /** The related file of every page, by the page's path. */
    static Map<String, Related> of(KnowledgeGraph graph, PageLinks links, String generated) {
        RelatedPages related = new RelatedPages(graph, links, generated);
        Map<String, Related> files = new LinkedHashMap<>();
        related.pathOfDocument.forEach((document, path) -> files.put(path, related.of(document)));
        return files;
    }

    private Related of(String document) {
        Set<String> named = thingsOfPage.getOrDefault(document, Set.of());
        List<Thing> mentions = named.stream()
                .sorted(Comparator.comparing((String iri) -> byIri.get(iri).kind()).thenComparing(this::label))
                .map(iri -> thing(iri, null))
                .toList();
        return new Related(generated, page(document, null, null), mentions,
                pages(linksOut.get(document)), pages(linksIn.get(document)),
                new Suggestions(similarPages(document, named), near(named, NodeKind.MODEL), near(named, NodeKind.PAPER),
                        near(named, NodeKind.CONCEPT)));
    }

    private List<PageRef> similarPages(String document, Set<String> named) {
        double pages = pathOfDocument.size();
        Map<String, Double> scores = new HashMap<>();
        Map<String, List<String>> shared = new HashMap<>();
        for (String thing : named) {
            Set<String> where = pagesOfThing.get(thing);
            double weight = Math.log(pages / where.size());
            if (weight <= 0) {
                continue;
            }
            for (String other : where) {
                if (!other.equals(document)) {
                    scores.merge(other, weight, Double::sum);
                    shared.computeIfAbsent(other, k -> new ArrayList<>()).add(thing);
                }
            }
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(e -> pathOfDocument.get(e.getKey())))
                .limit(PAGES_SHOWN)
                .map(e -> page(e.getKey(), Math.round(e.getValue() * 1000) / 1000.0, shared.get(e.getKey()).stream()
                        .sorted(Comparator.comparingInt((String t) -> pagesOfThing.get(t).size()).thenComparing(this::label))
                        .limit(SHARED_SHOWN).map(this::label).toList()))
                .toList();
    }

    /** Things of a kind the page does not name, joined by a typed relation to things it names; most joined first. */
    private List<Thing> near(Set<String> named, NodeKind kind) {
        Map<String, Set<String>> via = new TreeMap<>();
        for (String thing : named) {
            for (String other : typedNeighbours.getOrDefault(thing, Set.of())) {
                Node node = byIri.get(other);
                if (node != null && node.kind() == kind && !named.contains(other)) {
                    via.computeIfAbsent(other, k -> new TreeSet<>()).add(label(thing));
                }
            }
        }
        return via.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> -e.getValue().size())
                        .thenComparing(e -> label(e.getKey())))
                .limit(RELATED_SHOWN)
                .map(e -> thing(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    private List<PageRef> pages(Set<String> documents) {
        return documents == null ? List.of() : documents.stream().map(d -> page(d, null, null)).toList();
    }

    private PageRef page(String document, Double score, List<String> shared) {
        String id = NodeIds.shortId(document);
        return new PageRef(id, pathOfDocument.get(document), label(document), score, shared, links.node(id));
    }

    private Thing thing(String iri, List<String> via) {
        Node node = byIri.get(iri);
        String id = NodeIds.shortId(iri);
        return new Thing(id, node.label(), node.kind().localName(), via, links.node(id));
    }

    private String label(String iri) {
        return byIri.get(iri).label();
    }

    /** The document a page or section IRI belongs to, by the path in its provenance. */
    private String documentOf(String iri) {
        Node node = byIri.get(iri);
        if (node == null) {
            return null;
        }
        if (node.kind() == NodeKind.DOCUMENT) {
            return iri;
        }
        return node.provenance().stream().map(span -> documentOfPath.get(span.path())).filter(d -> d != null).findFirst().orElse(null);
    }
}
