package org.genaikg.extractor.recognise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.SectionId;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.Relation;

/**
 * The links family: a paper linked in text or in an entry's body. Its link text may be its title,
 * or name what it describes: "Paper for Hyena", "the original Transformer paper", a known name
 * alone, "On Layer Normalization in the Transformer Architecture".
 */
final class LinkedPapers {
    private static final Pattern TOPIC_TITLE = Pattern.compile(
            "(?i)^(?:on|understanding|towards?|rethinking|revisiting|analy[sz]ing|demystifying|explaining)\\s+(?:the\\s+)?");

    private final Lexicon lexicon;
    private final PageFacts facts;

    LinkedPapers(Lexicon lexicon, PageFacts facts) {
        this.lexicon = lexicon;
        this.facts = facts;
    }

    /** The paper a link points at, seen with the names its text gives. */
    Ref read(ClassifiedLink link, SectionId section, SourceSpan span) {
        String text = LinkTitles.of(link.text());
        boolean plain = EntryLinks.isPlainPaperLink(text) || NameRules.fromPaperLinkText(text).size() > 0;
        boolean titled = !plain && !EntryLinks.isWordsOfASentence(text);
        Ref ref = facts.paper(link, titled ? text : null, span, section, titled);
        for (NameFinding finding : NameRules.fromPaperLinkText(text)) {
            Ref named = facts.finding(finding, span.withRule(ExtractionRule.PAPER_FOR_NAME), section);
            if (named != null) {
                facts.relate(named, Relation.DESCRIBED_IN, ref, span.withRule(ExtractionRule.PAPER_FOR_NAME));
            }
        }
        if (!plain) {
            topicOfTitle(text, ref, section, span);
            LexiconEntry whole = lexicon.lookup(text);
            String subjectOfPaper = NameRules.subjectOfNamePaper(text);
            if (whole != null) {
                facts.relate(Ref.name(whole.key()), Relation.DESCRIBED_IN, ref, span.withRule(ExtractionRule.NAME_LINKS_PAPER));
            } else if (subjectOfPaper != null) {
                for (LexiconMatch match : lexicon.find(subjectOfPaper)) {
                    facts.name(match.entry(), match.surface(), span, section, false);
                    facts.relate(Ref.name(match.entry().key()), Relation.DESCRIBED_IN, ref, span.withRule(ExtractionRule.NAMED_PAPER));
                    break;
                }
            }
        }
        return ref;
    }

    /** "On Layer Normalization in the Transformer Architecture" describes Layer normalization. */
    void topicOfTitle(String title, Ref paperRef, SectionId section, SourceSpan span) {
        Matcher topic = TOPIC_TITLE.matcher(title);
        if (!topic.find()) {
            return;
        }
        for (LexiconMatch match : lexicon.find(title)) {
            if (match.start() == topic.end()) {
                facts.name(match.entry(), match.surface(), span, section, false);
                facts.relate(Ref.name(match.entry().key()), Relation.DESCRIBED_IN, paperRef, span.withRule(ExtractionRule.TITLE_TOPIC));
            }
        }
    }
}
