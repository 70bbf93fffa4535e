package org.genaikg.extractor.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.Gazetteer;
import org.genaikg.ontology.GazetteerEntry;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.genaikg.ontology.SoftwareNames;

/** Builds the corpus lexicon: the gazetteer first, then the names learned from the pages. */
public final class LexiconFactory {
    private LexiconFactory() {}

    /** As {@link #build(Gazetteer, SoftwareNames, List)} with the ontology's curated software names. */
    public static Lexicon build(Gazetteer gazetteer, List<NameFinding> learned) {
        return build(gazetteer, SoftwareNames.load(), learned);
    }

    /**
     * The gazetteer's entries, then the learned names that are none of them. A learned name the
     * software list holds is left out (see {@link #namesSoftware}); the gazetteer's entries are
     * added before the list is consulted, so it never hides a curated model or concept.
     */
    public static Lexicon build(Gazetteer gazetteer, SoftwareNames software, List<NameFinding> learned) {
        List<LexiconEntry> entries = new ArrayList<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            List<String> names = new ArrayList<>();
            names.add(entry.label());
            names.addAll(entry.aliases());
            entries.add(new LexiconEntry(Names.key(entry.label()), entry.label(), names, entry.kind(),
                    entry.conceptKind(), entry.matchCase(), entry.iri()));
        }
        Lexicon known = Lexicon.of(entries);
        NameClassifier classifier = NameClassifier.withSoftware(software);
        Map<String, List<NameFinding>> byKey = new LinkedHashMap<>();
        List<NameFinding> ordered = new ArrayList<>(learned);
        ordered.sort((a, b) -> Integer.compare(b.aliases().size(), a.aliases().size()));
        Map<String, String> aliasOwner = new HashMap<>();
        for (NameFinding finding : ordered) {
            if (finding.name().isBlank() || knownUnderAnotherForm(known, finding.name())
                    || finding.rule().equals(ExtractionRule.SHORT_TITLE_NAME) && opensWithKnownModel(known, finding.name())
                    || finding.aliases().stream().anyMatch(alias -> known.lookup(alias) != null)
                    || namesSoftware(classifier, finding)) {
                continue;
            }
            String key = aliasOwner.getOrDefault(Names.key(finding.name()), Names.key(finding.name()));
            if (key.isEmpty()) {
                continue;
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
            for (String alias : finding.aliases()) {
                aliasOwner.putIfAbsent(Names.key(alias), key);
            }
        }
        for (Map.Entry<String, List<NameFinding>> group : byKey.entrySet()) {
            entries.add(learnedEntry(group.getKey(), group.getValue(), known));
        }
        return Lexicon.of(entries);
    }

    /**
     * True when the finding's name or one of its aliases is well-known software that is not a model
     * (LangChain, vLLM, PyTorch, Pinecone). Pages outside "Frameworks" or "Tools" sections still
     * present libraries in a model's shapes (a heading, a repository link, "Name: subtitle"), so the
     * name rules learn them; the curated list of the ontology keeps them out of the lexicon.
     */
    private static boolean namesSoftware(NameClassifier classifier, NameFinding finding) {
        return classifier.isSoftware(finding.name()) || finding.aliases().stream().anyMatch(classifier::isSoftware);
    }

    private static final java.util.regex.Pattern GENERIC_TAIL = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:networks?|models?|architectures?|mechanisms?|methods?|layers?)$");

    /**
     * True when a learned name is only another form of a known one: the same name, one side of
     * "A / B", or the name with a generic last word ("Encoder-Only Networks").
     */
    private static boolean knownUnderAnotherForm(Lexicon known, String name) {
        if (known.lookup(name) != null) {
            return true;
        }
        for (String part : name.split("\\s*/\\s*")) {
            if (!part.equals(name) && known.lookup(part) != null) {
                return true;
            }
        }
        String trimmed = GENERIC_TAIL.matcher(name).replaceFirst("");
        return !trimmed.equals(name) && !trimmed.isBlank() && known.lookup(trimmed) != null;
    }

    /** "GPT-4 Technical Report", "Mixtral of Experts": a short title that opens with a known model names it. */
    private static boolean opensWithKnownModel(Lexicon known, String title) {
        List<LexiconMatch> matches = known.find(title);
        return !matches.isEmpty() && matches.get(0).start() == 0 && matches.get(0).entry().kind() == NodeKind.MODEL;
    }

    /** Rules in the order their spelling is preferred as a label: a title says a name best. */
    private static final List<ExtractionRule> LABEL_RULES = List.of(ExtractionRule.PAPER_TITLE_PREFIX, ExtractionRule.SHORT_TITLE_NAME,
            ExtractionRule.REPORT_OF_NAME, ExtractionRule.TITLE_BRACKET_NAME, ExtractionRule.NAME_WITH_ACRONYM, ExtractionRule.WE_PRESENT_NAME, ExtractionRule.TITLE_WITH_NAME, ExtractionRule.TITLE_ACRONYM,
            ExtractionRule.HEADING_NAME, ExtractionRule.BARE_NAME_ITEM, ExtractionRule.MODEL_COLUMN_CELL, ExtractionRule.PAPER_FOR_NAME, ExtractionRule.COINED_TERM);

    /**
     * "Pure RLHF", "Hierarchical Attention": a learned name whose last word is a known technique or
     * component is a kind of it, so a concept itself. An architecture's name at the end does not
     * say so: "Switch Transformer" is a model built as a Transformer.
     */
    private static final String ARCHITECTURE = "architecture";

    private static boolean endsWithKnownConcept(Lexicon known, String name) {
        String[] words = Names.words(name);
        if (words.length < 2) {
            return false;
        }
        LexiconEntry head = known.lookup(words[words.length - 1]);
        return head != null && head.kind() == NodeKind.CONCEPT && !ARCHITECTURE.equals(head.conceptKind());
    }

    private static LexiconEntry learnedEntry(String key, List<NameFinding> findings, Lexicon known) {
        Map<String, Integer> spellings = new LinkedHashMap<>();
        int conceptVotes = 0;
        List<String> names = new ArrayList<>();
        for (NameFinding finding : findings) {
            spellings.merge(finding.name(), 1, Integer::sum);
            conceptVotes += finding.conceptHint() ? 1 : -1;
            names.add(finding.name());
            names.addAll(finding.aliases());
        }
        String label = findings.stream()
                .min(java.util.Comparator.comparingInt((NameFinding f) -> LABEL_RULES.indexOf(f.rule()))
                        .thenComparing(f -> -spellings.get(f.name())))
                .orElseThrow().name();
        // the preferred spelling decides when its findings do not: "IPO" in a table, "IPO (Identity Preference
        // Optimization)" as a heading
        boolean conceptShaped = NameClassifier.hasConceptHead(label) || endsWithKnownConcept(known, label);
        NodeKind kind = conceptVotes > 0 || conceptShaped ? NodeKind.CONCEPT : NodeKind.MODEL;
        boolean plainWord = !label.contains(" ") && label.substring(1).equals(label.substring(1).toLowerCase(java.util.Locale.ROOT))
                && !label.matches(".*\\d.*");
        return new LexiconEntry(key, label, names.stream().distinct().toList(), kind, null, plainWord, null);
    }

    /**
     * The gazetteer's kind-of facts, by lexicon resolution keys. They are stated only between
     * names seen on the same page; its buildsOn, componentOf and modality facts are not stated
     * for a page, which says less than the gazetteer knows.
     */
    public static List<KnownFact> facts(Gazetteer gazetteer) {
        Map<String, Ref> keyByIri = new HashMap<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            keyByIri.put(entry.iri(), Ref.name(Names.key(entry.label())));
        }
        List<KnownFact> facts = new ArrayList<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            Ref subject = keyByIri.get(entry.iri());
            addFacts(facts, subject, Relation.KIND_OF, entry.kindOf(), keyByIri);
        }
        return facts;
    }

    private static void addFacts(List<KnownFact> facts, Ref subject, Relation relation, List<String> targets,
                                 Map<String, Ref> keyByIri) {
        for (String target : targets) {
            Ref object = keyByIri.get(target);
            if (object != null) {
                facts.add(new KnownFact(subject, relation, object));
            }
        }
    }
}
