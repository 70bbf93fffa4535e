package org.genaikg.extractor.recognise;

import java.util.ArrayList;
import java.util.List;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.Entry;
import org.genaikg.extractor.parse.SectionId;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.Relation;

/**
 * The lists family: the term a list item or table row defines ("**Attention**: ...") is a known
 * name, completed by the head word of the item before it ("Bi-directional" after "Attention"),
 * and a component of the whole a "Key Components of X" heading above names. Remembers the last
 * item's name for the next item of the same list.
 */
final class ListTerms {
    /** Where in the page a list is: its section and the item it is nested in (or -1). */
    private record ListPosition(SectionId section, int parentItem) {}

    private final Lexicon lexicon;
    private final PageFacts facts;
    private final PageSections sections;
    private ListPosition position;
    private Ref head;

    ListTerms(Lexicon lexicon, PageFacts facts, PageSections sections) {
        this.lexicon = lexicon;
        this.facts = facts;
        this.sections = sections;
    }

    /** A heading ends the list before it: its items complete no term after the heading. */
    void afterHeading() {
        head = null;
    }

    /** The name the item's lead term gives, or null. */
    Ref read(Entry entry) {
        ListPosition here = new ListPosition(entry.section(), entry.parent());
        if (!here.equals(position)) {
            head = null;
            position = here;
        }
        String lead = LeadTerms.of(entry.head());
        if (lead == null) {
            return null;
        }
        LexiconEntry found = resolve(lead);
        if (found == null) {
            return null;
        }
        SourceSpan span = facts.span(entry.line(), entry.head().text(), ExtractionRule.LIST_LEAD_TERM);
        Ref ref = facts.name(found, lead, span, entry.section(), true);
        head = ref;
        Ref target = sections.componentTarget(entry.section());
        if (target != null && !target.equals(ref)) {
            facts.relate(ref, Relation.COMPONENT_OF, target, span.withRule(ExtractionRule.COMPONENT_LIST));
        }
        return ref;
    }

    /**
     * The lead term as a known name; failing that, completed by the head word of the item
     * before it ("Bi-directional" after "Attention" is "Bi-directional attention"), one part
     * of "A / B" at a time, and forgiving a typing slip.
     */
    private LexiconEntry resolve(String lead) {
        List<String> tries = new ArrayList<>();
        tries.add(lead);
        List<String> parts = new ArrayList<>();
        for (String part : lead.split("\\s*/\\s*")) {
            if (!part.equals(lead) && !part.isBlank()) {
                parts.add(part);
            }
        }
        parts.sort((a, b) -> Integer.compare(b.length(), a.length()));
        tries.addAll(parts);
        String headWord = headWord();
        if (headWord != null) {
            tries.add(lead + " " + headWord);
            parts.forEach(part -> tries.add(part + " " + headWord));
        }
        for (String attempt : tries) {
            LexiconEntry found = lexicon.lookup(attempt);
            if (found != null) {
                return found;
            }
        }
        for (String attempt : tries) {
            LexiconEntry found = lexicon.lookupForgivingTypos(attempt);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The last word of the name the previous item of the list (or the section heading) defined. */
    private String headWord() {
        Ref ref = head != null ? head : sections.nameOf(position.section());
        if (!(ref instanceof Ref.Name name)) {
            return null;
        }
        LexiconEntry entry = lexicon.byKey(name.lexiconKey());
        if (entry == null) {
            return null;
        }
        String[] words = Names.words(entry.label());
        return words.length == 0 ? null : words[words.length - 1].replaceAll("^.*-", "");
    }
}
