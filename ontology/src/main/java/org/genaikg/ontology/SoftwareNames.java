package org.genaikg.ontology;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/**
 * The curated list of {@code software-names.ttl}: well-known software that is not a model
 * (libraries, inference engines, vector databases, developer tools, platforms). A curation aid
 * for extractors that learn names from pages, not a class of the extracted graph.
 */
public final class SoftwareNames {
    /** The IRI of {@code gkg:SoftwareName}, the class of the list's entries. */
    public static final String CLASS = Namespaces.GKG + "SoftwareName";

    private final List<String> labels;
    private final Set<String> keys;

    private SoftwareNames(List<String> labels, Set<String> names) {
        this.labels = List.copyOf(labels);
        this.keys = names.stream().map(NameKeys::key).collect(Collectors.toUnmodifiableSet());
    }

    /** The list read once from {@code software-names.ttl}. */
    public static SoftwareNames load() {
        return Holder.SOFTWARE_NAMES;
    }

    /** A list of these names, each its own entry: for tests and callers with a list of their own. */
    public static SoftwareNames of(Collection<String> names) {
        return new SoftwareNames(names.stream().sorted().toList(), Set.copyOf(names));
    }

    /** The preferred name of every entry, sorted. */
    public List<String> labels() {
        return labels;
    }

    /** True if the text is one of the listed names, compared by {@link NameKeys#key}. */
    public boolean contains(String text) {
        return keys.contains(NameKeys.key(text));
    }

    private static SoftwareNames read(Model model) {
        List<Resource> terms = model.listSubjectsWithProperty(VocabularyReading.TYPE, model.createResource(CLASS)).toList();
        List<String> labels = terms.stream()
                .map(term -> VocabularyReading.label(term, OntologyResources.SOFTWARE_NAMES))
                .sorted(Comparator.naturalOrder())
                .toList();
        Set<String> names = terms.stream()
                .flatMap(term -> VocabularyReading.strings(term, VocabularyReading.ALT_LABEL).stream())
                .collect(Collectors.toCollection(HashSet::new));
        names.addAll(labels);
        return new SoftwareNames(labels, names);
    }

    private static final class Holder {
        static final SoftwareNames SOFTWARE_NAMES = read(OntologyResources.load(OntologyResources.SOFTWARE_NAMES));
    }
}
