package org.genaikg.ontology;

import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/** The descriptions of {@code rules.ttl}, read once. */
final class RuleDescriptions {
    private RuleDescriptions() {}

    static String of(ExtractionRule rule) {
        String description = Holder.DESCRIPTIONS.get(rule);
        if (description == null) {
            throw new OntologyResourceException(OntologyResources.RULES + " does not describe the rule " + rule.id());
        }
        return description;
    }

    private static Map<ExtractionRule, String> read(Model model) {
        Map<ExtractionRule, String> descriptions = new EnumMap<>(ExtractionRule.class);
        for (Resource term : model.listSubjectsWithProperty(VocabularyReading.TYPE,
                model.createResource(ExtractionRule.CLASS)).toList()) {
            String id = VocabularyReading.label(term, OntologyResources.RULES);
            ExtractionRule.byId(id).ifPresent(rule -> VocabularyReading.optionalString(term, VocabularyReading.COMMENT)
                    .ifPresent(comment -> descriptions.put(rule, comment)));
        }
        return descriptions;
    }

    private static final class Holder {
        static final Map<ExtractionRule, String> DESCRIPTIONS = read(OntologyResources.load(OntologyResources.RULES));
    }
}
