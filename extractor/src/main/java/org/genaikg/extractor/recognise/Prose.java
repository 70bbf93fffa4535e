package org.genaikg.extractor.recognise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.Entry;
import org.genaikg.extractor.parse.InlineText;
import org.genaikg.ontology.ExtractionRule;

/**
 * Running text: paragraphs, and the text of entries that have no title link. Its links, the known
 * names and modalities it mentions, and the relations its sentences state.
 */
final class Prose {
    private static final Pattern PRONOUN_START = Pattern.compile("^(?:They|It|These|This\\s+(?:architecture|model|method))\\b");

    private final ModalityFinder modalities;
    private final PageFacts facts;
    private final PageSections sections;
    private final LinkedPapers papers;
    private final RelationSentences relations;

    Prose(ModalityFinder modalities, PageFacts facts, PageSections sections, LinkedPapers papers, RelationSentences relations) {
        this.modalities = modalities;
        this.facts = facts;
        this.sections = sections;
        this.papers = papers;
        this.relations = relations;
    }

    void read(Entry entry, InlineText text) {
        if (text.isBlank()) {
            return;
        }
        SourceSpan span = facts.span(text.line() > 0 ? text.line() : entry.line(), text.text(), ExtractionRule.MENTION);
        Map<ClassifiedLink, Ref> linkedPapers = new LinkedHashMap<>();
        for (ClassifiedLink link : EntryLinks.classify(text.links())) {
            switch (link.kind()) {
                case PAPER -> linkedPapers.put(link, papers.read(link, entry.section(), span.withRule(ExtractionRule.LINKED_PAPER)));
                case REPOSITORY -> facts.repository(link, span.withRule(ExtractionRule.LINKED_REPOSITORY), entry.section());
                case PAGE -> facts.pageLink(entry.section(), link.url(), span.withRule(ExtractionRule.RELATIVE_LINK));
                default -> { }
            }
        }
        List<LexiconMatch> matches = facts.knownNames(text.text(), entry.section(), span, false);
        for (String modality : modalities.findInProse(text.text())) {
            facts.modality(modality, span.withRule(ExtractionRule.MODALITY_MENTION), entry.section());
        }
        for (RelationCues.Sentence sentence : RelationCues.sentences(text.text())) {
            PageFacts.Place place = facts.place(span.line(), sentence.text());
            // "It is based on ...", "This model builds on ...": the page's topic is the subject
            Ref subject = PRONOUN_START.matcher(sentence.text()).find() ? sections.topic() : null;
            relations.derivations(sentence.text(), RelationSentences.within(matches, sentence), subject, entry.section(), place);
            relations.describedIn(sentence, matches, linkedPapers, place);
            relations.consistsOf(sentence, matches, place);
        }
    }
}
