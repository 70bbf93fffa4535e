package org.genaikg.ontology;

import java.util.List;
import java.util.stream.Stream;

/**
 * One curated model or concept of the gazetteer. The relation lists hold the IRIs of their
 * targets, sorted: other entries, or modalities for {@code modalities}.
 *
 * @param kind {@link NodeKind#MODEL} or {@link NodeKind#CONCEPT}
 * @param iri {@code kind.instanceIri(Slugs.slug(label))}
 * @param label the preferred name
 * @param aliases the other names it goes by, sorted
 * @param conceptKind {@code component}, {@code architecture} or {@code technique}; null for models
 * @param matchCase true if its names are to be recognised only with the capitalisation written
 * @param kindOf the more general concepts it is a kind of
 * @param componentOf the concepts or models it is a building block of
 * @param buildsOn the models or concepts it derives from
 * @param modalities the modalities a model takes or produces
 */
public record GazetteerEntry(
        NodeKind kind,
        String iri,
        String label,
        List<String> aliases,
        String conceptKind,
        boolean matchCase,
        List<String> kindOf,
        List<String> componentOf,
        List<String> buildsOn,
        List<String> modalities) {

    public GazetteerEntry {
        aliases = List.copyOf(aliases);
        kindOf = List.copyOf(kindOf);
        componentOf = List.copyOf(componentOf);
        buildsOn = List.copyOf(buildsOn);
        modalities = List.copyOf(modalities);
    }

    /** The label followed by every alias. */
    public List<String> names() {
        return Stream.concat(Stream.of(label), aliases.stream()).toList();
    }

    /**
     * True if the text is one of its names, compared as {@link NameKeys#key} does, or as
     * {@link NameKeys#exactKey} does (capitalisation kept) when {@link #matchCase()} is set.
     */
    public boolean isNamedBy(String text) {
        String key = matchCase ? NameKeys.exactKey(text) : NameKeys.key(text);
        return names().stream().map(name -> matchCase ? NameKeys.exactKey(name) : NameKeys.key(name)).anyMatch(key::equals);
    }
}
