package org.genaikg.api.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.index.IndexedNode;
import org.genaikg.api.report.KnowledgeBaseReport.Finding;
import org.genaikg.api.report.KnowledgeBaseReport.NodeRef;
import org.genaikg.api.index.Names;
import org.genaikg.extractor.recognise.EditDistance;
import org.genaikg.ontology.NodeKind;

/**
 * Pairs of nodes of one class that are probably one thing: a name (label or alias) that is the
 * same once case and punctuation are ignored, or one typo apart in one long word ("Stable
 * Difusion", "Layer normalisation" and "normalization"). Other words ("Encoder-only" and "Decoder-only",
 * "RLHF" spelled out and "RLAIF" spelled out) and other numbers ("GPT-3", "GPT-4") are other things.
 */
final class NearNames {
    private NearNames() {}

    private static final List<NodeKind> KINDS = List.of(NodeKind.MODEL, NodeKind.CONCEPT, NodeKind.PAPER);
    /**
     * A typo is only suspected in a word this long: shorter names one letter apart are more often
     * two models ("LLaMA" and "LLaVA", "Mistral" and "Mixtral").
     */
    private static final int TYPO_WORD = 8;
    /** Words at least this long may differ by two edits. */
    private static final int LONG_WORD = 12;

    private record Name(String text, List<String> words) {
        static Name of(String name) {
            return new Name(Names.normalise(name), Names.words(name));
        }
    }

    private record Named(IndexedNode node, List<Name> names) {}

    static List<Finding> find(GraphSnapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        for (NodeKind kind : KINDS) {
            List<Named> nodes = KnowledgeBaseReport.sortedNodes(snapshot, kind).stream().map(NearNames::named).toList();
            for (int i = 0; i < nodes.size(); i++) {
                for (int j = i + 1; j < nodes.size(); j++) {
                    String why = closeNames(nodes.get(i), nodes.get(j));
                    if (why != null) {
                        IndexedNode a = nodes.get(i).node();
                        IndexedNode b = nodes.get(j).node();
                        findings.add(new Finding(List.of(NodeRef.of(a), NodeRef.of(b)),
                                String.format(Locale.ROOT, "\"%s\" and \"%s\": %s", a.label(), b.label(), why)));
                    }
                }
            }
        }
        return findings;
    }

    private static Named named(IndexedNode node) {
        List<Name> names = new ArrayList<>();
        if (node.label() != null) {
            names.add(Name.of(node.label()));
        }
        node.aliases().forEach(alias -> names.add(Name.of(alias)));
        return new Named(node, names.stream()
                .filter(n -> n.text().length() >= KnowledgeBaseReport.MIN_NAME_LENGTH)
                .distinct()
                .toList());
    }

    /** Why two nodes look like one ("the same name", "one typo apart"), or null. */
    private static String closeNames(Named a, Named b) {
        String why = null;
        for (Name x : a.names()) {
            for (Name y : b.names()) {
                if (x.text().equals(y.text())) {
                    return "the same name";
                }
                if (why == null && oneWordOneTypoApart(x.words(), y.words())) {
                    why = "names one typo apart";
                }
            }
        }
        return why;
    }

    private static boolean oneWordOneTypoApart(List<String> x, List<String> y) {
        if (x.size() != y.size()) {
            return false;
        }
        int differing = -1;
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).equals(y.get(i))) {
                if (differing >= 0) {
                    return false;
                }
                differing = i;
            }
        }
        if (differing < 0) {
            return false;
        }
        String u = x.get(differing);
        String v = y.get(differing);
        if (!digits(u).equals(digits(v))) {
            return false;
        }
        int shorter = Math.min(u.length(), v.length());
        int allowed = shorter >= LONG_WORD ? 2 : 1;
        return shorter >= TYPO_WORD && EditDistance.bounded(u, v, allowed) <= allowed;
    }

    private static String digits(String word) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                digits.append(word.charAt(i));
            }
        }
        return digits.toString();
    }
}
