package org.genaikg.extractor.recognise;

import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.Entry;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.Relation;

/**
 * The tables family: a row that names a model in its first cell and links a paper or a
 * repository in another gives describedIn and hasCode.
 */
final class TableRows {
    private final PageFacts facts;
    private final LinkedPapers papers;

    TableRows(PageFacts facts, LinkedPapers papers) {
        this.facts = facts;
        this.papers = papers;
    }

    void read(Entry entry, Ref named) {
        SourceSpan span = facts.span(entry.line(), entry.head().text() + " | " + entry.body().text(), ExtractionRule.TABLE_ROW);
        for (ClassifiedLink link : EntryLinks.classify(entry.body().links())) {
            if (link.kind() == LinkKind.PAPER) {
                Ref paper = papers.read(link, entry.section(), span.withRule(ExtractionRule.TABLE_ROW_PAPER));
                facts.relate(named, Relation.DESCRIBED_IN, paper, span);
            } else if (link.kind() == LinkKind.REPOSITORY) {
                Ref repo = facts.repository(link, span.withRule(ExtractionRule.TABLE_ROW_REPOSITORY), entry.section());
                facts.relate(named, Relation.HAS_CODE, repo, span);
            }
        }
    }
}
