package org.genaikg.extractor.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.genaikg.extractor.budget.PageTimeBudget;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.Entry;
import org.genaikg.extractor.parse.EntryKind;
import org.genaikg.extractor.parse.InlineText;
import org.genaikg.extractor.parse.Link;
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
    private final PageTimeBudget budget;

    Prose(ModalityFinder modalities, PageFacts facts, PageSections sections, LinkedPapers papers, RelationSentences relations,
          PageTimeBudget budget) {
        this.budget = budget;
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
        List<PlacedPaper> linkedPapers = new ArrayList<>();
        int[] places = LinkPlaces.of(text);
        for (int i = 0; i < places.length; i++) {
            Link raw = text.links().get(i);
            ClassifiedLink link = raw.image() ? null : LinkClassifier.classify(raw.text(), raw.url());
            switch (link == null ? LinkKind.IMAGE : link.kind()) {
                case PAPER -> linkedPapers.add(new PlacedPaper(places[i], link,
                        papers.read(link, entry.section(), span.withRule(ExtractionRule.LINKED_PAPER))));
                case REPOSITORY -> facts.repository(link, span.withRule(ExtractionRule.LINKED_REPOSITORY), entry.section());
                case ARTICLE -> {
                    // a web page a card or a list item gives as a source; in a paragraph a link is mostly a reference in passing,
            // under "Platforms" or "Frameworks" a product's page
                    if (entry.kind() != EntryKind.PARAGRAPH && EntryLinks.isWrittenPage(link)
                            && !NameClassifier.sectionListsSoftware(sections.page(), entry.section())) {
                        facts.article(link, LinkTitles.of(link.text()), span.withRule(ExtractionRule.LINKED_ARTICLE), entry.section());
                    }
                }
                case PAGE -> facts.pageLink(entry.section(), link.url(), span.withRule(ExtractionRule.RELATIVE_LINK));
                default -> { }
            }
        }
        for (ClassifiedLink address : BareAddresses.in(text.text())) {
            facts.article(address, address.url(), span.withRule(ExtractionRule.BARE_URL), entry.section());
        }
        int nextPaper = 0;
        List<LexiconMatch> matches = facts.knownNames(text.text(), entry.section(), span, false);
        for (String modality : modalities.findInProse(text.text())) {
            facts.modality(modality, span.withRule(ExtractionRule.MODALITY_MENTION), entry.section());
        }
        for (RelationCues.Sentence sentence : RelationCues.sentences(text.text())) {
            budget.check("recognising a sentence", span::line);
            PageFacts.Place place = facts.place(span.line(), sentence.text());
            // "It is based on ...", "This model builds on ...": the page's topic is the subject
            Ref subject = PRONOUN_START.matcher(sentence.text()).find() ? sections.topic() : null;
            List<LexiconMatch> inSentence = RelationSentences.within(matches, sentence);
            relations.derivations(sentence.text(), inSentence, subject, entry.section(), place);
            int sentenceEnd = sentence.start() + sentence.text().length();
            int firstPaper = nextPaper;
            while (nextPaper < linkedPapers.size() && linkedPapers.get(nextPaper).at() < sentenceEnd) {
                nextPaper++;
            }
            relations.describedIn(sentence, inSentence, linkedPapers.subList(firstPaper, nextPaper), place);
            relations.consistsOf(sentence, inSentence, place);
            relations.kindOf(sentence, inSentence, place);
            relations.isA(sentence, inSentence, place);
        }
    }
}
