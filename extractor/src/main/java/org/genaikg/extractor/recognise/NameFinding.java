package org.genaikg.extractor.recognise;

import java.util.List;
import org.genaikg.ontology.ExtractionRule;

/**
 * A model or concept name read from a title or sentence, with the rule that read it.
 *
 * @param aliases other spellings given with it (an acronym in brackets)
 * @param conceptHint true when the name's shape says concept rather than model
 * @param described true when the text it came from describes it (a paper title naming it)
 */
public record NameFinding(String name, List<String> aliases, boolean conceptHint, ExtractionRule rule, boolean described) implements java.io.Serializable {
    public NameFinding {
        aliases = List.copyOf(aliases);
    }

    /** The same finding, read as a concept: its section lists techniques. */
    NameFinding asConcept() {
        return new NameFinding(name, aliases, true, rule, described);
    }

    static NameFinding of(String name, ExtractionRule rule, boolean described) {
        String display = Names.displayForm(name);
        return new NameFinding(display, List.of(), NameClassifier.hasConceptHead(display), rule, described);
    }
}
