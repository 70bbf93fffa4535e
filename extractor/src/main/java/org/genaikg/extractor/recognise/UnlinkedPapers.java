package org.genaikg.extractor.recognise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.Entry;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.Relation;

/**
 * "[Chain-of-Verification Reduces Hallucination in Large Language Models]": an admonition titled by
 * a paper's title in brackets whose link was never filled in. The paper is known by its title
 * alone; the names its title and body give are described in it.
 */
final class UnlinkedPapers {
    private static final Pattern UNLINKED_TITLE = Pattern.compile("^\\[([^\\]]{12,200})\\]\\s*$");

    private final PageFacts facts;

    UnlinkedPapers(PageFacts facts) {
        this.facts = facts;
    }

    static boolean titles(Entry entry) {
        return UNLINKED_TITLE.matcher(entry.head().text()).matches();
    }

    void read(Entry entry) {
        Matcher m = UNLINKED_TITLE.matcher(entry.head().text());
        if (!m.matches()) {
            return;
        }
        String title = m.group(1).strip();
        SourceSpan span = facts.span(entry.line(), entry.head().text(), ExtractionRule.UNLINKED_PAPER_TITLE);
        Ref paperRef = facts.paperTitled(title, span, entry.section());
        for (NameFinding finding : NameRules.fromTitle(title)) {
            Ref ref = facts.finding(finding, span.withRule(finding.rule()), entry.section());
            if (ref != null) {
                facts.relate(ref, Relation.DESCRIBED_IN, paperRef, span.withRule(finding.rule()));
            }
        }
        for (NameFinding finding : NameRules.fromDescription(entry.body().text())) {
            Ref ref = facts.finding(finding, span.withRule(finding.rule()), entry.section());
            if (ref != null && finding.described()) {
                facts.relate(ref, Relation.DESCRIBED_IN, paperRef, span.withRule(finding.rule()));
            }
        }
    }
}
