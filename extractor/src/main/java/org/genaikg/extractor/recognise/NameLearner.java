package org.genaikg.extractor.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.genaikg.extractor.parse.Entry;
import org.genaikg.extractor.parse.EntryKind;
import org.genaikg.extractor.parse.Link;
import org.genaikg.extractor.parse.Page;
import org.genaikg.ontology.ExtractionRule;

/**
 * The first pass over a page: the model and concept names its titles, headings and list items
 * introduce, so that the second pass recognises them on every page of the corpus. Pure.
 */
public final class NameLearner {
    private NameLearner() {}

    public static List<NameFinding> learn(Page page) {
        List<NameFinding> found = new ArrayList<>();
        Set<String> noModels = new java.util.HashSet<>();
        for (Entry entry : page.entries()) {
            switch (entry.kind()) {
                case HEADING -> {
                    // the headings under "Benchmarks" name benchmarks, as the items of such a list do
                    if (!NameClassifier.sectionListsNoModels(page, entry.section()) && !NameClassifier.sectionListsSoftware(page, entry.section())) {
                        found.addAll(inTechniques(page, entry, NameRules.fromBareName(entry.head().text(), ExtractionRule.HEADING_NAME)));
                    }
                }
                case ADMONITION, LIST_ITEM, TABLE_ROW -> {
                    learnEntry(page, entry, found);
                    noModels.addAll(NameClassifier.calledNoModel(entry.head().text() + "\n" + entry.body().text()));
                }
                case PARAGRAPH -> learnLinks(entry.head().links(), found);
            }
        }
        if (!noModels.isEmpty()) {
            // "we constructed Head-to-Tail, a benchmark", "PyGraft, a configurable Python tool": the page says what the name is
            found.removeIf(f -> noModels.contains(Names.key(f.name())));
        }
        return found;
    }

    private static void learnEntry(Page page, Entry entry, List<NameFinding> found) {
        Link first = entry.head().links().stream().filter(l -> !l.image()).findFirst().orElse(null);
        boolean titled = first != null && entry.head().text().strip().indexOf(first.text()) <= 3
                && !first.text().isBlank() && !NameClassifier.isGeneric(first.text());
        if (titled) {
            ClassifiedLink link = LinkClassifier.classify(first.text(), first.url());
            if (link.kind() == LinkKind.PAPER || link.kind() == LinkKind.REPOSITORY || link.kind() == LinkKind.ARTICLE) {
                // a repository's bare name under "Frameworks" or "Tools" names a library; "Name: subtitle" still names a model
                boolean shortTitleIsName = link.kind() == LinkKind.PAPER
                        || link.kind() == LinkKind.REPOSITORY && !NameClassifier.sectionListsSoftware(page, entry.section())
                        && !NameClassifier.columnListsNoModels(entry.column());
                found.addAll(NameRules.fromTitle(LinkTitles.of(first.text()), shortTitleIsName));
                String head = entry.head().text();
                int at = head.indexOf(first.text());
                String rest = at < 0 ? head : head.substring(at + first.text().length());
                found.addAll(NameRules.fromDescription(rest + "\n" + entry.body().text()));
                String title = LinkTitles.of(first.text());
                if (link.kind() == LinkKind.ARTICLE && NamedModels.shapedLikeAModel(title)
                        && !NameClassifier.sectionListsSoftware(page, entry.section()) && !NameClassifier.sectionListsNoModels(page, entry.section())) {
                    // "[Self-RAG](https://selfrag.github.io/)": a project's page titled by a name shaped like a model's
                    found.add(NameFinding.of(title, ExtractionRule.SHORT_TITLE_NAME, true));
                }
            } else if (link.kind() == LinkKind.NONE && entry.kind() == EntryKind.ADMONITION) {
                // "[MechGPT]()": a title whose link was never filled in
                found.addAll(NameRules.fromTitle(LinkTitles.of(first.text())));
                found.addAll(NameRules.fromDescription(entry.body().text()));
            }
        } else if (entry.kind() == EntryKind.ADMONITION) {
            String head = entry.head().text().strip();
            if (head.startsWith("[") && head.endsWith("]")) {
                found.addAll(NameRules.fromTitle(head.substring(1, head.length() - 1)));
            }
            found.addAll(NameRules.fromDescription(entry.body().text()));
            found.addAll(CardLists.learn(page, entry));
        } else if (entry.kind() == EntryKind.TABLE_ROW && NameClassifier.columnListsModels(entry.column())) {
            String lead = LeadTerms.of(entry.head());
            if (lead != null) {
                found.addAll(NameRules.fromModelCell(lead));
            }
        } else if (!NameClassifier.sectionListsNoModels(page, entry.section()) && !NameClassifier.sectionListsSoftware(page, entry.section())
                && !NameClassifier.columnListsNoModels(entry.column())) {
            String lead = LeadTerms.of(entry.head());
            if (lead != null) {
                found.addAll(inTechniques(page, entry, NameRules.fromBareName(lead, ExtractionRule.BARE_NAME_ITEM)));
            }
        }
        learnLinks(entry.head().links(), found);
        learnLinks(entry.body().links(), found);
    }

    /** The names a heading or list item gives under "Approaches" or "Search Algorithms" are concepts. */
    private static List<NameFinding> inTechniques(Page page, Entry entry, List<NameFinding> findings) {
        return NameClassifier.sectionListsTechniques(page, entry.section())
                ? findings.stream().map(NameFinding::asConcept).toList() : findings;
    }

    private static void learnLinks(List<Link> links, List<NameFinding> found) {
        for (Link link : links) {
            if (!link.image()) {
                found.addAll(NameRules.fromPaperLinkText(link.text()));
            }
        }
    }
}
