package org.genaikg.extractor.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.genaikg.extractor.model.Edge;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Node;
import org.genaikg.extractor.model.Problem;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.Page;
import org.genaikg.extractor.parse.PageSection;
import org.genaikg.extractor.parse.SectionId;
import org.genaikg.extractor.recognise.Assertion;
import org.genaikg.extractor.recognise.KnownFact;
import org.genaikg.extractor.recognise.Lexicon;
import org.genaikg.extractor.recognise.LexiconEntry;
import org.genaikg.extractor.recognise.Mention;
import org.genaikg.extractor.recognise.Names;
import org.genaikg.extractor.recognise.PageFindings;
import org.genaikg.extractor.recognise.Ref;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.genaikg.ontology.Slugs;

/**
 * Resolves the findings of every page into one graph: one node per real thing (papers by arXiv
 * id, URL or title; names by key), labels and spellings, IRIs, the page structure, and the
 * relations whose ends fit the model. Pure: the same findings give the same graph.
 */
public final class GraphAssembler {
    private static final int MAX_SPANS = 25;
    private static final int MAX_ALIASES = 30;

    private final Lexicon lexicon;
    private final Map<Ref, List<KnownFact>> factsBySubject = new HashMap<>();

    public GraphAssembler(Lexicon lexicon, List<KnownFact> facts) {
        this.lexicon = lexicon;
        facts.forEach(f -> factsBySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f));
    }

    public KnowledgeGraph assemble(List<PageFindings> unordered, List<Problem> fileProblems) {
        List<PageFindings> pages = unordered.stream().sorted(Comparator.comparing(p -> p.page().path())).toList();
        RefUnion union = new RefUnion();
        for (PageFindings page : pages) {
            for (Mention m : page.mentions()) {
                union.find(m.ref());
                if (m.kind() == NodeKind.PAPER && m.naming() && Names.key(m.name()).length() > 12) {
                    union.union(m.ref(), Ref.paperByTitle(m.name()));
                }
            }
        }
        Map<Ref, List<Mention>> byRoot = new TreeMap<>();
        for (PageFindings page : pages) {
            for (Mention m : page.mentions()) {
                byRoot.computeIfAbsent(union.find(m.ref()), k -> new ArrayList<>()).add(m);
            }
        }
        IriMinter minter = new IriMinter();
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<Ref, String> iriByRoot = new HashMap<>();
        reserveKnownIris(byRoot, minter);
        for (Map.Entry<Ref, List<Mention>> group : byRoot.entrySet()) {
            Node node = entityNode(group.getKey(), group.getValue(), minter);
            nodes.put(node.iri(), node);
            iriByRoot.put(group.getKey(), node.iri());
        }
        EdgeCollector edges = new EdgeCollector();
        Map<String, String> pagePaths = new HashMap<>();
        pages.forEach(p -> pagePaths.put(p.page().path().toLowerCase(Locale.ROOT), p.page().path()));
        List<Problem> problems = new ArrayList<>(fileProblems);
        for (PageFindings findings : pages) {
            structure(findings.page(), nodes, edges);
            String docIri = documentIri(findings.page().path());
            for (Mention m : findings.mentions()) {
                if (!m.section().isTop()) {
                    edges.add(sectionIri(findings.page(), m.section()), Relation.MENTIONS,
                            iriByRoot.get(union.find(m.ref())), m.span());
                }
            }
            for (Assertion a : findings.assertions()) {
                edges.add(iriByRoot.get(union.find(a.subject())), a.relation(), iriByRoot.get(union.find(a.object())), a.span());
            }
            knownFacts(findings, union, iriByRoot, nodes, edges);
            for (PageFindings.PageLink link : findings.pageLinks()) {
                String target = PageLinks.resolve(findings.page(), link.target(), pagePaths, pages);
                if (target != null) {
                    String from = link.fromSection().isTop() ? docIri : sectionIri(findings.page(), link.fromSection());
                    edges.add(from, Relation.LINKS_TO, target, link.span());
                } else if (PageLinks.namesAPage(link.target())) {
                    problems.add(new Problem(Problem.Severity.BROKEN_LINK, link.span().path(), link.span().line(),
                            "the link to " + link.target().strip() + " names no page of the knowledge base"));
                }
            }
            problems.addAll(findings.problems());
        }
        headNounKinds(pages, union, iriByRoot, nodes, edges);
        return new KnowledgeGraph(new ArrayList<>(nodes.values()), edges.edges(nodes), problems, pages.size());
    }

    private void reserveKnownIris(Map<Ref, List<Mention>> byRoot, IriMinter minter) {
        for (Map.Entry<Ref, List<Mention>> group : byRoot.entrySet()) {
            String iri = knownIri(group.getKey());
            if (iri != null) {
                minter.reserve(iri, group.getKey());
            }
        }
    }

    private String knownIri(Ref root) {
        if (root instanceof Ref.Modality modality) {
            return modality.iri();
        }
        LexiconEntry entry = lexiconEntry(root);
        return entry == null ? null : entry.iri();
    }

    /** The lexicon's entry for a model or concept, or null (a paper, a repository...). */
    private LexiconEntry lexiconEntry(Ref root) {
        return root instanceof Ref.Name name ? lexicon.byKey(name.lexiconKey()) : null;
    }

    private Node entityNode(Ref root, List<Mention> mentions, IriMinter minter) {
        NodeKind kind = kindOf(root, mentions);
        Map<Attribute, String> attributes = new EnumMap<>(Attribute.class);
        for (Mention m : mentions) {
            m.attributes().forEach(attributes::putIfAbsent);
        }
        if (kind == NodeKind.PAPER && attributes.containsKey(Attribute.ARXIV_ID)) {
            attributes.put(Attribute.URL, "https://arxiv.org/abs/" + attributes.get(Attribute.ARXIV_ID));
        }
        String label = labelOf(root, kind, mentions, attributes);
        Set<String> aliases = new TreeSet<>();
        for (Mention m : mentions) {
            String name = m.name().strip();
            if (!name.isEmpty() && !name.equals(label) && aliases.size() < MAX_ALIASES) {
                aliases.add(name);
            }
        }
        if (kind == NodeKind.PAPER) {
            attributes.put(Attribute.TITLE, label);
        }
        if (kind == NodeKind.CONCEPT) {
            LexiconEntry entry = lexiconEntry(root);
            if (entry != null && entry.conceptKind() != null) {
                attributes.put(Attribute.CONCEPT_KIND, entry.conceptKind());
            }
        }
        String known = knownIri(root);
        String iri = known != null ? known : minter.mint(kind, slugFor(root, kind, label, attributes), root);
        return new Node(kind, iri, label, aliases, new TreeMap<>(attributes), spans(mentions));
    }

    private NodeKind kindOf(Ref root, List<Mention> mentions) {
        LexiconEntry entry = lexiconEntry(root);
        if (entry != null) {
            return entry.kind();
        }
        if (root instanceof Ref.Paper) {
            return NodeKind.PAPER;
        }
        return mentions.get(0).kind();
    }

    private String labelOf(Ref root, NodeKind kind, List<Mention> mentions, Map<Attribute, String> attributes) {
        LexiconEntry entry = lexiconEntry(root);
        if (entry != null && entry.fromGazetteer()) {
            return entry.label();
        }
        Map<String, Integer> naming = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.naming() && !m.name().isBlank()) {
                naming.merge(m.name().strip(), 1, Integer::sum);
            }
        }
        if (kind == NodeKind.PAPER) {
            return naming.keySet().stream().findFirst().orElseGet(() -> attributes.containsKey(Attribute.ARXIV_ID)
                    ? "arXiv:" + attributes.get(Attribute.ARXIV_ID) : attributes.getOrDefault(Attribute.URL, root.key()));
        }
        if (entry != null) {
            return entry.label();
        }
        if (!naming.isEmpty()) {
            return naming.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
        return mentions.stream().map(Mention::name).filter(n -> !n.isBlank()).findFirst().orElse(root.key());
    }

    private static String slugFor(Ref root, NodeKind kind, String label, Map<Attribute, String> attributes) {
        return switch (kind) {
            case PAPER -> attributes.containsKey(Attribute.ARXIV_ID)
                    ? "arxiv-" + Slugs.slug(attributes.get(Attribute.ARXIV_ID)) : Slugs.slug(label);
            case REPOSITORY -> ((Ref.Repository) root).path().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9/._-]+", "-");
            default -> Slugs.slug(label);
        };
    }

    private static List<SourceSpan> spans(List<Mention> mentions) {
        Set<SourceSpan> spans = new TreeSet<>();
        for (Mention m : mentions) {
            spans.add(m.span());
        }
        return spans.stream().limit(MAX_SPANS).toList();
    }

    // ---- documents and sections ----

    static String documentIri(String path) {
        return NodeKind.DOCUMENT.instanceIri(Slugs.pathSlug(path));
    }

    static String sectionIri(Page page, SectionId section) {
        return NodeKind.SECTION.instanceIri(Slugs.pathSlug(page.path()) + "#" + page.section(section).anchor());
    }

    private static void structure(Page page, Map<String, Node> nodes, EdgeCollector edges) {
        String docIri = documentIri(page.path());
        Map<Attribute, String> docAttributes = new EnumMap<>(Attribute.class);
        docAttributes.put(Attribute.SOURCE_PATH, page.path());
        docAttributes.put(Attribute.TITLE, page.title());
        docAttributes.put(Attribute.CONTENT_HASH, page.contentHash());
        nodes.put(docIri, new Node(NodeKind.DOCUMENT, docIri, page.title(), Set.of(), new TreeMap<>(docAttributes),
                List.of(new SourceSpan(page.path(), 1, page.title(), ExtractionRule.DOCUMENT))));
        for (PageSection section : page.sections()) {
            String iri = sectionIri(page, section.id());
            Map<Attribute, String> attributes = new EnumMap<>(Attribute.class);
            attributes.put(Attribute.LEVEL, Integer.toString(section.level()));
            attributes.put(Attribute.ANCHOR, section.anchor());
            attributes.put(Attribute.SOURCE_LINE, Integer.toString(section.line()));
            SourceSpan span = new SourceSpan(page.path(), section.line(), section.heading(), ExtractionRule.HEADING);
            nodes.put(iri, new Node(NodeKind.SECTION, iri, section.heading().isBlank() ? section.anchor() : section.heading(),
                    Set.of(), new TreeMap<>(attributes), List.of(span)));
            String parent = section.parent().isTop() ? docIri : sectionIri(page, section.parent());
            edges.add(iri, Relation.PART_OF, parent, span.withRule(ExtractionRule.HEADING_STRUCTURE));
        }
    }

    // ---- relations the gazetteer knows and the names' shapes give ----

    private void knownFacts(PageFindings findings, RefUnion union, Map<Ref, String> iriByRoot,
                            Map<String, Node> nodes, EdgeCollector edges) {
        Map<Ref, SourceSpan> onPage = firstSpans(findings, union);
        for (Map.Entry<Ref, SourceSpan> seen : onPage.entrySet()) {
            for (KnownFact fact : factsBySubject.getOrDefault(seen.getKey(), List.of())) {
                Ref object = union.find(fact.object());
                if (onPage.containsKey(object)) {
                    edges.add(iriByRoot.get(seen.getKey()), fact.relation(), iriByRoot.get(object),
                            seen.getValue().withRule(fact.rule()));
                }
            }
        }
    }

    private static Map<Ref, SourceSpan> firstSpans(PageFindings findings, RefUnion union) {
        Map<Ref, SourceSpan> onPage = new LinkedHashMap<>();
        for (Mention m : findings.mentions()) {
            onPage.putIfAbsent(union.find(m.ref()), m.span());
        }
        return onPage;
    }

    /** "Cross attention" is a kind of "Attention": a concept whose name ends with another concept's name. */
    private void headNounKinds(List<PageFindings> pages, RefUnion union, Map<Ref, String> iriByRoot,
                               Map<String, Node> nodes, EdgeCollector edges) {
        for (PageFindings findings : pages) {
            Map<Ref, SourceSpan> onPage = firstSpans(findings, union);
            List<Node> concepts = new ArrayList<>();
            Map<String, SourceSpan> spanByIri = new HashMap<>();
            for (Map.Entry<Ref, SourceSpan> seen : onPage.entrySet()) {
                Node node = nodes.get(iriByRoot.get(seen.getKey()));
                if (node != null && node.kind() == NodeKind.CONCEPT) {
                    concepts.add(node);
                    spanByIri.put(node.iri(), seen.getValue());
                }
            }
            for (Node specific : concepts) {
                if (edges.hasOutgoing(specific.iri(), Relation.KIND_OF)) {
                    continue;
                }
                Node general = null;
                for (Node candidate : concepts) {
                    if (candidate != specific && endsWithName(specific.label(), candidate.label())
                            && (general == null || candidate.label().length() < general.label().length())) {
                        general = candidate;
                    }
                }
                if (general != null) {
                    edges.add(specific.iri(), Relation.KIND_OF, general.iri(), spanByIri.get(specific.iri()).withRule(ExtractionRule.HEAD_NOUN));
                }
            }
        }
    }

    static boolean endsWithName(String specific, String general) {
        String s = specific.strip();
        String g = general.strip();
        if (s.length() <= g.length() || g.contains(" ") && Names.words(g).length > 2) {
            return false;
        }
        String sl = s.toLowerCase(Locale.ROOT);
        String gl = g.toLowerCase(Locale.ROOT);
        if (!sl.endsWith(gl)) {
            return false;
        }
        char before = s.charAt(s.length() - g.length() - 1);
        char first = s.charAt(s.length() - g.length());
        boolean camelJoin = Character.isLowerCase(before) && Character.isUpperCase(first);
        boolean longHeadInOneWord = !s.contains(" ") && g.length() >= 6 && Character.isLetter(before);
        return before == ' ' || before == '-' || camelJoin || longHeadInOneWord;
    }

    /** Relations keyed by subject, relation and object, kept only when their ends exist and fit the model. */
    private static final class EdgeCollector {
        private record Pending(String subject, Relation relation, String object, Set<SourceSpan> spans) {}

        private final Map<String, Pending> byKey = new TreeMap<>();
        private final Set<String> outgoing = new LinkedHashSet<>();

        void add(String subject, Relation relation, String object, SourceSpan span) {
            if (subject == null || object == null || subject.equals(object)) {
                return;
            }
            String key = subject + " " + relation.localName() + " " + object;
            byKey.computeIfAbsent(key, k -> new Pending(subject, relation, object, new TreeSet<>())).spans().add(span);
            outgoing.add(subject + " " + relation.localName());
        }

        boolean hasOutgoing(String subject, Relation relation) {
            return outgoing.contains(subject + " " + relation.localName());
        }

        List<Edge> edges(Map<String, Node> nodes) {
            List<Edge> out = new ArrayList<>();
            for (Pending pending : byKey.values()) {
                Node s = nodes.get(pending.subject());
                Node o = nodes.get(pending.object());
                if (s != null && o != null && pending.relation().fits(s.kind(), o.kind())) {
                    out.add(new Edge(s.iri(), pending.relation(), o.iri(), pending.spans().stream().limit(MAX_SPANS).toList()));
                }
            }
            return out;
        }
    }
}
