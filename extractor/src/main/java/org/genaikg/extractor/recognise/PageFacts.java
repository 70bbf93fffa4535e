package org.genaikg.extractor.recognise;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genaikg.extractor.budget.PageTimeBudget;
import org.genaikg.extractor.model.Problem;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.Entry;
import org.genaikg.extractor.parse.Page;
import org.genaikg.extractor.parse.SectionId;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/**
 * What the rules found on one page so far, in the order they found it: the entities seen, the
 * relations stated, links to other pages and problems. The one mutable part of reading a page;
 * never shared between threads.
 */
final class PageFacts {
    private static final int SPAN_LIMIT = 400;

    private final Page page;
    private final Lexicon lexicon;
    private final ModalityFinder modalities;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Assertion> assertions = new ArrayList<>();
    private final List<PageFindings.PageLink> pageLinks = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    PageFacts(Page page, Lexicon lexicon, ModalityFinder modalities) {
        this.page = page;
        this.lexicon = lexicon;
        this.modalities = modalities;
    }

    PageFindings findings() {
        return new PageFindings(page, mentions, assertions, pageLinks, problems);
    }

    /** How many entities were seen so far: a rule that saw none leaves it unchanged. */
    int seen() {
        return mentions.size();
    }

    SourceSpan span(int line, String text, ExtractionRule rule) {
        return place(line, text).by(rule);
    }

    /** A place on the page that several rules may read: a sentence, an entry's description. */
    Place place(int line, String text) {
        return new Place(page.path(), Math.max(1, line), abbreviate(text, SPAN_LIMIT));
    }

    /** Where a text is, before a rule has read anything in it. */
    record Place(String path, int line, String text) {
        SourceSpan by(ExtractionRule rule) {
            return new SourceSpan(path, line, text, rule);
        }
    }

    void relate(Ref subject, Relation relation, Ref object, SourceSpan span) {
        assertions.add(new Assertion(subject, relation, object, span));
    }

    void pageLink(SectionId section, String target, SourceSpan span) {
        pageLinks.add(new PageFindings.PageLink(section, target, span));
    }

    /** An admonition or a linked list item that gave no node, for the writers of the page. */
    void emptyEntry(Entry entry) {
        problems.add(new Problem(Problem.Severity.EMPTY_ENTRY, page.path(), entry.line(),
                entry.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " gave no node: "
                        + abbreviate(entry.head().text().isBlank() ? entry.body().text() : entry.head().text(), 80)));
    }

    /** A page that ran out of its time budget: what was found so far is kept, and the place it stopped named. */
    void cut(PageTimeBudget.Exceeded cut) {
        problems.add(new Problem(Problem.Severity.WARNING, page.path(), cut.line(),
                "cut: " + cut.getMessage() + "; the rest of the page was not read"));
    }

    /** Every known name in a text, each seen as written. */
    List<LexiconMatch> knownNames(String text, SectionId section, SourceSpan span, boolean naming) {
        List<LexiconMatch> matches = lexicon.find(text);
        for (LexiconMatch match : matches) {
            name(match.entry(), match.surface(), span, section, naming);
        }
        return matches;
    }

    /** A name a rule read, when the lexicon knows it (learned in the first pass); its aliases too. */
    Ref finding(NameFinding finding, SourceSpan span, SectionId section) {
        LexiconEntry entry = lexicon.lookup(finding.name());
        for (int i = 0; entry == null && i < finding.aliases().size(); i++) {
            entry = lexicon.lookup(finding.aliases().get(i));
        }
        if (entry == null) {
            return null;
        }
        Ref ref = name(entry, finding.name(), span, section, true);
        for (String alias : finding.aliases()) {
            mentions.add(new Mention(ref, entry.kind(), alias, Map.of(), span, section, true));
        }
        return ref;
    }

    Ref name(LexiconEntry entry, String surface, SourceSpan span, SectionId section, boolean naming) {
        Ref ref = Ref.name(entry.key());
        mentions.add(new Mention(ref, entry.kind(), surface.strip(), Map.of(), span, section, naming));
        return ref;
    }

    Ref paper(ClassifiedLink link, String title, SourceSpan span, SectionId section, boolean naming) {
        Ref ref = Ref.paper(link);
        Map<Attribute, String> attributes = new EnumMap<>(Attribute.class);
        attributes.put(Attribute.URL, link.url());
        if (link.arxivId() != null) {
            attributes.put(Attribute.ARXIV_ID, link.arxivId());
        }
        if (link.year() > 0) {
            attributes.put(Attribute.YEAR, Integer.toString(link.year()));
        }
        String name = title == null || title.isBlank() ? "" : title;
        mentions.add(new Mention(ref, NodeKind.PAPER, name, attributes, span, section, naming && !name.isEmpty()));
        return ref;
    }

    /** A paper known by its title alone. */
    Ref paperTitled(String title, SourceSpan span, SectionId section) {
        Ref ref = Ref.paperByTitle(title);
        mentions.add(new Mention(ref, NodeKind.PAPER, title, Map.of(), span, section, true));
        return ref;
    }

    Ref repository(ClassifiedLink link, SourceSpan span, SectionId section) {
        Ref ref = Ref.repository(link);
        mentions.add(new Mention(ref, NodeKind.REPOSITORY, link.repositoryLabel(), Map.of(Attribute.URL, link.url()),
                span, section, true));
        return ref;
    }

    void article(ClassifiedLink link, String title, SourceSpan span, SectionId section) {
        mentions.add(new Mention(Ref.article(link), NodeKind.ARTICLE, title, Map.of(Attribute.URL, link.url()),
                span, section, true));
    }

    Ref modality(String iri, SourceSpan span, SectionId section) {
        Ref ref = Ref.modality(iri);
        mentions.add(new Mention(ref, NodeKind.MODALITY, modalities.label(iri), Map.of(), span, section, true));
        return ref;
    }

    static String abbreviate(String text, int limit) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= limit) {
            return flat;
        }
        int cut = limit - 1;
        if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
            cut--; // half a character is no text: stores and dumps would each write it differently
        }
        return flat.substring(0, cut) + "…";
    }
}
