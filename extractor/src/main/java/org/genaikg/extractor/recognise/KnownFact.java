package org.genaikg.extractor.recognise;

import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.Relation;

/** A fact the gazetteer states between two names, by their resolution keys. */
public record KnownFact(Ref subject, Relation relation, Ref object) {
    public KnownFact {
        if (relation != Relation.KIND_OF) {
            throw new IllegalArgumentException("the gazetteer's facts stated on a page are kindOf facts, not " + relation);
        }
    }

    /** The rule that states the fact on a page. */
    public ExtractionRule rule() {
        return ExtractionRule.GAZETTEER_KIND_OF;
    }
}
