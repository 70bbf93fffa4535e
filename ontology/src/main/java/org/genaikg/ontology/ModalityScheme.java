package org.genaikg.ontology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The modality vocabulary of {@code modalities.ttl}: the twelve modalities, and the combined
 * terms such as {@code Vision-language} that are no modality but stand for several.
 */
public final class ModalityScheme {
    private static final Property IMPLIES_MODALITY = ResourceFactory.createProperty(Labels.IMPLIES_MODALITY);

    private final List<ModalityTerm> terms;
    private final Map<String, List<String>> combinations;
    private final Map<String, List<String>> modalitiesByKey;

    private ModalityScheme(List<ModalityTerm> terms, Map<String, List<String>> combinations) {
        this.terms = List.copyOf(terms);
        this.combinations = Collections.unmodifiableMap(new TreeMap<>(combinations));
        Map<String, List<String>> byKey = new HashMap<>();
        for (ModalityTerm term : terms) {
            term.names().forEach(name -> byKey.put(NameKeys.key(name), List.of(term.iri())));
        }
        combinations.forEach((phrase, iris) -> byKey.put(NameKeys.key(phrase), iris));
        this.modalitiesByKey = Map.copyOf(byKey);
    }

    /** The scheme read once from {@code modalities.ttl}. */
    public static ModalityScheme load() {
        return Holder.SCHEME;
    }

    /** The twelve modalities, in order of slug. */
    public List<ModalityTerm> terms() {
        return terms;
    }

    /**
     * Each combined term, by every phrase that names it as written ({@code Vision-language},
     * {@code VLM}, ...), to the IRIs of the modalities it stands for, sorted.
     */
    public Map<String, List<String>> combinations() {
        return combinations;
    }

    /**
     * The modality IRIs a phrase names, compared by {@link NameKeys#key}: one for a modality or
     * its synonym ({@code Images}), several for a combined term ({@code vision-language}), none
     * otherwise ({@code multimodal}).
     */
    public List<String> modalitiesOf(String phrase) {
        return modalitiesByKey.getOrDefault(NameKeys.key(phrase), List.of());
    }

    private static ModalityScheme read(Model model) {
        String resource = OntologyResources.MODALITIES;
        String prefix = NodeKind.MODALITY.instanceIri("");
        List<ModalityTerm> terms = new ArrayList<>();
        for (Resource term : model.listSubjectsWithProperty(VocabularyReading.TYPE, GKG.Modality).toList()) {
            terms.add(new ModalityTerm(term.getURI(), term.getURI().substring(prefix.length()),
                    VocabularyReading.label(term, resource),
                    VocabularyReading.strings(term, VocabularyReading.ALT_LABEL)));
        }
        terms.sort(Comparator.comparing(ModalityTerm::slug));
        Map<String, List<String>> combinations = new HashMap<>();
        for (Resource term : model.listSubjectsWithProperty(IMPLIES_MODALITY).toList()) {
            List<String> modalities = VocabularyReading.iris(term, IMPLIES_MODALITY);
            combinations.put(VocabularyReading.label(term, resource), modalities);
            VocabularyReading.strings(term, VocabularyReading.ALT_LABEL)
                    .forEach(alias -> combinations.put(alias, modalities));
        }
        return new ModalityScheme(terms, combinations);
    }

    private static final class Holder {
        static final ModalityScheme SCHEME = read(OntologyResources.load(OntologyResources.MODALITIES));
    }
}
