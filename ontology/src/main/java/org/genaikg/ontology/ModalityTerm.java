package org.genaikg.ontology;

import java.util.List;
import java.util.stream.Stream;

/**
 * One modality of the vocabulary: its instance IRI, slug, label as EXTRACTION.md writes it
 * ({@code Time series}) and the words that, in a title or heading, name it too.
 */
public record ModalityTerm(String iri, String slug, String label, List<String> synonyms) {
    public ModalityTerm {
        synonyms = List.copyOf(synonyms);
    }

    /** The label followed by every synonym. */
    public List<String> names() {
        return Stream.concat(Stream.of(label), synonyms.stream()).toList();
    }
}
