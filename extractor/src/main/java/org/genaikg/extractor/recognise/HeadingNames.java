package org.genaikg.extractor.recognise;

import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.Entry;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.Relation;

/**
 * The headings family: a heading that is a known name names its section ("### RWKV",
 * "## Attention Mechanism"), and is a component of the whole a "Key Components of X" heading above
 * it names; a heading that names nothing mentions the known names in it.
 */
final class HeadingNames {
    private final Lexicon lexicon;
    private final PageFacts facts;
    private final PageSections sections;

    HeadingNames(Lexicon lexicon, PageFacts facts, PageSections sections) {
        this.lexicon = lexicon;
        this.facts = facts;
        this.sections = sections;
    }

    void read(Entry entry) {
        String text = entry.head().text();
        SourceSpan span = facts.span(entry.line(), text, ExtractionRule.HEADING_NAME);
        Ref headingRef = null;
        LexiconEntry whole = lookup(lexicon, text);
        if (whole != null) {
            headingRef = facts.name(whole, text, span, entry.section(), true);
        }
        for (NameFinding finding : NameRules.fromBareName(text, ExtractionRule.HEADING_NAME)) {
            LexiconEntry known = lexicon.lookup(finding.name());
            if (known != null) {
                Ref ref = facts.name(known, finding.name(), span, entry.section(), true);
                headingRef = headingRef == null ? ref : headingRef;
            }
        }
        if (headingRef == null) {
            facts.knownNames(text, entry.section(), span.withRule(ExtractionRule.HEADING_MENTION), false);
        }
        if (headingRef != null) {
            sections.namedBy(entry.section(), headingRef);
            Ref target = sections.componentTarget(sections.parentOf(entry.section()));
            if (target != null && !target.equals(headingRef)) {
                facts.relate(headingRef, Relation.COMPONENT_OF, target, span.withRule(ExtractionRule.COMPONENT_SECTION));
            }
        }
    }

    /** "Attention Mechanism" names Attention; "Encoder-Only Networks" names Encoder-only. */
    static LexiconEntry lookup(Lexicon lexicon, String heading) {
        String clean = heading.replaceAll("\\s*\\(.*\\)\\s*$", "").replaceAll("[.:]+$", "").strip();
        LexiconEntry found = lexicon.lookup(clean);
        if (found == null) {
            String trimmed = clean.replaceAll("(?i)\\s+(?:mechanisms?|networks?|models?|architectures?|methods?|layers?)$", "");
            if (!trimmed.equals(clean) && !trimmed.isBlank()) {
                found = lexicon.lookup(trimmed);
            }
        }
        return found;
    }
}
