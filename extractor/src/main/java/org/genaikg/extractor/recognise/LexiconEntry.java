package org.genaikg.extractor.recognise;

import java.util.List;
import org.genaikg.ontology.NodeKind;

/**
 * A name the lexicon knows: the entity key it resolves to, its preferred label and spellings,
 * its class, and whether it only matches with its exact capitalisation.
 *
 * @param iri the gazetteer IRI, or null for a name learned from the corpus
 */
public record LexiconEntry(String key, String label, List<String> names, NodeKind kind, String conceptKind,
                           boolean matchCase, String iri) {
    public LexiconEntry {
        names = List.copyOf(names);
    }

    public boolean fromGazetteer() {
        return iri != null;
    }
}
