package org.genaikg.ontology;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/**
 * The curated gazetteer of {@code gazetteer.ttl}: well-known models and architecture concepts,
 * their names, and background facts about them.
 */
public final class Gazetteer {
    private final List<GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> byIri;
    private final Map<String, GazetteerEntry> byKey;

    private Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        this.byIri = entries.stream().collect(Collectors.toUnmodifiableMap(GazetteerEntry::iri, Function.identity()));
        Map<String, GazetteerEntry> keys = new HashMap<>();
        entries.forEach(entry -> entry.names().forEach(name -> keys.putIfAbsent(NameKeys.key(name), entry)));
        this.byKey = Map.copyOf(keys);
    }

    /** The gazetteer read once from {@code gazetteer.ttl}. */
    public static Gazetteer load() {
        return Holder.GAZETTEER;
    }

    /** Every entry, models first, each kind in order of IRI. */
    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** The entry with this IRI. */
    public Optional<GazetteerEntry> byIri(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /**
     * The entry one of whose names the text is, compared by {@link NameKeys#key}; an entry marked
     * {@code matchCase} is only found when the capitalisation matches too.
     */
    public Optional<GazetteerEntry> byName(String text) {
        return Optional.ofNullable(byKey.get(NameKeys.key(text))).filter(entry -> entry.isNamedBy(text));
    }

    private static Gazetteer read(Model model) {
        List<GazetteerEntry> entries = Stream.of(NodeKind.MODEL, NodeKind.CONCEPT)
                .flatMap(kind -> model.listSubjectsWithProperty(VocabularyReading.TYPE, model.createResource(kind.iri()))
                        .toList().stream()
                        .map(term -> entry(kind, term))
                        .sorted(Comparator.comparing(GazetteerEntry::iri)))
                .toList();
        return new Gazetteer(entries);
    }

    private static GazetteerEntry entry(NodeKind kind, Resource term) {
        String resource = OntologyResources.GAZETTEER;
        return new GazetteerEntry(
                kind,
                term.getURI(),
                VocabularyReading.label(term, resource),
                VocabularyReading.strings(term, VocabularyReading.ALT_LABEL),
                VocabularyReading.optionalString(term, GKG.conceptKind).orElse(null),
                term.hasLiteral(GKG.matchCase, true),
                VocabularyReading.iris(term, GKG.kindOf),
                VocabularyReading.iris(term, GKG.componentOf),
                VocabularyReading.iris(term, GKG.buildsOn),
                VocabularyReading.iris(term, GKG.hasModality));
    }

    private static final class Holder {
        static final Gazetteer GAZETTEER = read(OntologyResources.load(OntologyResources.GAZETTEER));
    }
}
