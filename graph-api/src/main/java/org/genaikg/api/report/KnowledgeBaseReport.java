package org.genaikg.api.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.index.IndexedEdge;
import org.genaikg.api.index.IndexedNode;
import org.genaikg.api.index.Names;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/**
 * What a knowledge base's writers want to tidy, found in one graph snapshot: likely duplicates,
 * papers listed on several pages, and gaps (models with no paper or modality, concepts outside
 * the taxonomy, pages that give nothing). Pure: a snapshot in, a report out.
 */
public final class KnowledgeBaseReport {

    /** Shorter names are left alone: "T5" and "T0" are not typos of each other. */
    /** The classes of things named in the world, whose names should not be shared (a paper may well bear its model's name). */
    private static final Set<NodeKind> NAMED_THINGS = EnumSet.of(NodeKind.MODEL, NodeKind.CONCEPT, NodeKind.MODALITY);

    static final int MIN_NAME_LENGTH = 5;

    private KnowledgeBaseReport() {}

    /** One node as the report names it. */
    public record NodeRef(String id, String iri, String label, String type) {
        static NodeRef of(IndexedNode node) {
            return new NodeRef(node.id(), node.iri(), node.label(), node.kind().localName());
        }
    }

    /** One thing to look at: the nodes involved and why. */
    public record Finding(List<NodeRef> nodes, String detail) {}

    /**
     * One check: its name, what it means for the knowledge base, how many findings it made and
     * the first of them (all when the report was not limited).
     */
    public record Check(String name, String title, String description, int count, List<Finding> findings) {}

    /** The whole report, checks in a fixed order. */
    public record Report(List<Check> checks) {
        /** This report's checks, then {@code more}. */
        public Report with(List<Check> more) {
            List<Check> all = new ArrayList<>(checks);
            all.addAll(more);
            return new Report(List.copyOf(all));
        }

        /** The same report with at most {@code limit} findings per check (counts unchanged). */
        public Report limitedTo(int limit) {
            return new Report(checks.stream()
                    .map(c -> new Check(c.name(), c.title(), c.description(), c.count(),
                            c.findings().subList(0, Math.min(limit, c.findings().size()))))
                    .toList());
        }
    }

    public static Report of(GraphSnapshot snapshot) {
        Edges edges = new Edges(snapshot);
        return new Report(List.of(
                check("possible-duplicates", "Possible duplicates",
                        "Two nodes of one class with the same name once case and punctuation are set aside, or names "
                                + "one typo apart in one long word (same digits): one thing the pages name two ways. Spell it one "
                                + "way, or make one name an alias of the other.",
                        NearNames.find(snapshot)),
                check("one-name-two-classes", "One name, two classes",
                        "A model, a concept or a modality sharing its name with one of another of these classes: one "
                                + "thing typed two ways, or two things a reader cannot tell apart.",
                        sameNameAcrossClasses(snapshot)),
                check("papers-on-several-pages", "Papers listed on several pages",
                        "The same paper has an entry on more than one page: keep one entry and link to it, or make "
                                + "sure the entries agree.",
                        papersOnSeveralPages(snapshot, edges)),
                check("models-without-paper", "Models without a paper",
                        "No entry says which paper introduces or describes the model (describedIn).",
                        without(snapshot, edges, NodeKind.MODEL, EnumSet.of(Relation.DESCRIBED_IN), EnumSet.noneOf(Relation.class))),
                check("models-without-modality", "Models without a modality",
                        "Nothing says what the model takes or produces (hasModality): its title, its description or "
                                + "the section it is listed in could.",
                        without(snapshot, edges, NodeKind.MODEL, EnumSet.of(Relation.HAS_MODALITY), EnumSet.noneOf(Relation.class))),
                check("concepts-outside-the-taxonomy", "Concepts outside the taxonomy",
                        "The concept is not a kind of, or a part of, another concept, and nothing is a kind or part of it.",
                        without(snapshot, edges, NodeKind.CONCEPT, EnumSet.of(Relation.KIND_OF, Relation.COMPONENT_OF),
                                EnumSet.of(Relation.KIND_OF, Relation.COMPONENT_OF))),
                check("pages-without-entities", "Pages that name nothing",
                        "No section of the page mentions a paper, model, concept, modality, article or repository.",
                        pagesWithoutEntities(snapshot, edges))));
    }

    private static Check check(String name, String title, String description, List<Finding> findings) {
        return new Check(name, title, description, findings.size(), List.copyOf(findings));
    }

    /** Nodes of {@code kind} with none of {@code outgoing} relations out and none of {@code incoming} in. */
    private static List<Finding> without(GraphSnapshot snapshot, Edges edges, NodeKind kind, Set<Relation> outgoing,
                                         Set<Relation> incoming) {
        List<Finding> findings = new ArrayList<>();
        for (IndexedNode node : sortedNodes(snapshot, kind)) {
            if (!edges.hasOut(node.iri(), outgoing) && !edges.hasIn(node.iri(), incoming)) {
                findings.add(new Finding(List.of(NodeRef.of(node)), node.context()));
            }
        }
        return findings;
    }

    private static List<Finding> sameNameAcrossClasses(GraphSnapshot snapshot) {
        Map<String, Map<NodeKind, IndexedNode>> byName = new LinkedHashMap<>();
        for (IndexedNode node : sortedNodes(snapshot, null)) {
            if (NAMED_THINGS.contains(node.kind())) {
                String name = Names.normalise(node.label());
                if (!name.isEmpty()) {
                    byName.computeIfAbsent(name, n -> new EnumMap<>(NodeKind.class)).putIfAbsent(node.kind(), node);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        byName.forEach((name, nodes) -> {
            if (nodes.size() > 1) {
                List<NodeRef> refs = nodes.values().stream().map(NodeRef::of).toList();
                findings.add(new Finding(refs, "\"" + refs.get(0).label() + "\" is a "
                        + String.join(" and a ", refs.stream().map(NodeRef::type).toList())));
            }
        });
        return findings;
    }

    private static List<Finding> papersOnSeveralPages(GraphSnapshot snapshot, Edges edges) {
        Map<String, String> documentOf = edges.documentOfSections();
        List<Finding> findings = new ArrayList<>();
        for (IndexedNode paper : sortedNodes(snapshot, NodeKind.PAPER)) {
            Set<String> pages = new TreeSet<>();
            for (String section : edges.sources(paper.iri(), Relation.MENTIONS)) {
                String document = documentOf.get(section);
                if (document != null) {
                    pages.add(document);
                }
            }
            if (pages.size() > 1) {
                List<NodeRef> refs = new ArrayList<>();
                refs.add(NodeRef.of(paper));
                pages.forEach(page -> refs.add(NodeRef.of(snapshot.node(page))));
                findings.add(new Finding(refs, "on " + pages.size() + " pages: "
                        + String.join(", ", refs.subList(1, refs.size()).stream().map(NodeRef::id).toList())));
            }
        }
        findings.sort(Comparator.comparingInt((Finding f) -> -f.nodes().size()));
        return findings;
    }

    private static List<Finding> pagesWithoutEntities(GraphSnapshot snapshot, Edges edges) {
        Set<String> naming = new HashSet<>();
        Map<String, String> documentOf = edges.documentOfSections();
        for (IndexedEdge edge : snapshot.edges()) {
            if (edge.relation() == Relation.MENTIONS && documentOf.containsKey(edge.source())) {
                naming.add(documentOf.get(edge.source()));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (IndexedNode page : sortedNodes(snapshot, NodeKind.DOCUMENT)) {
            if (!naming.contains(page.iri())) {
                findings.add(new Finding(List.of(NodeRef.of(page)), ""));
            }
        }
        return findings;
    }

    /** Nodes of one kind (all kinds for null), by label then IRI, so reports are stable. */
    static List<IndexedNode> sortedNodes(GraphSnapshot snapshot, NodeKind kind) {
        return snapshot.nodes().values().stream()
                .filter(n -> kind == null || n.kind() == kind)
                .sorted(Comparator.comparing((IndexedNode n) -> n.label() == null ? "" : n.label(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(IndexedNode::iri))
                .toList();
    }

    /** The snapshot's edges indexed by end and relation. */
    private static final class Edges {
        private final GraphSnapshot snapshot;
        private final Map<String, Set<Relation>> out = new HashMap<>();
        private final Map<String, Set<Relation>> in = new HashMap<>();
        private final Map<String, Map<Relation, List<String>>> sourcesByTarget = new HashMap<>();
        private Map<String, String> documentOf;

        Edges(GraphSnapshot snapshot) {
            this.snapshot = snapshot;
            for (IndexedEdge edge : snapshot.edges()) {
                out.computeIfAbsent(edge.source(), k -> EnumSet.noneOf(Relation.class)).add(edge.relation());
                in.computeIfAbsent(edge.target(), k -> EnumSet.noneOf(Relation.class)).add(edge.relation());
                sourcesByTarget.computeIfAbsent(edge.target(), k -> new EnumMap<>(Relation.class))
                        .computeIfAbsent(edge.relation(), r -> new ArrayList<>()).add(edge.source());
            }
        }

        boolean hasOut(String iri, Set<Relation> relations) {
            return out.getOrDefault(iri, Set.of()).stream().anyMatch(relations::contains);
        }

        boolean hasIn(String iri, Set<Relation> relations) {
            return in.getOrDefault(iri, Set.of()).stream().anyMatch(relations::contains);
        }

        List<String> sources(String target, Relation relation) {
            return sourcesByTarget.getOrDefault(target, Map.of()).getOrDefault(relation, List.of());
        }

        /** Each section's page, following partOf up to the Document. */
        Map<String, String> documentOfSections() {
            if (documentOf != null) {
                return documentOf;
            }
            Map<String, String> parent = new HashMap<>();
            for (IndexedEdge edge : snapshot.edges()) {
                if (edge.relation() == Relation.PART_OF) {
                    parent.put(edge.source(), edge.target());
                }
            }
            documentOf = new HashMap<>();
            for (String section : parent.keySet()) {
                String at = section;
                for (int hops = 0; at != null && hops < 64; hops++) {
                    IndexedNode node = snapshot.node(at);
                    if (node != null && node.kind() == NodeKind.DOCUMENT) {
                        documentOf.put(section, at);
                        break;
                    }
                    at = parent.get(at);
                }
            }
            return documentOf;
        }
    }
}
