package org.genaikg.ontology;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The extraction rules, by the name every {@code gkg:Evidence} gives as its {@code gkg:rule}.
 * {@code rules.ttl} describes each as a {@code gkg:ExtractionRule} with a one-line
 * {@code rdfs:comment}; a sync test keeps the two alike.
 */
public enum ExtractionRule {
    // Page structure
    DOCUMENT("document"),
    HEADING("heading"),
    HEADING_STRUCTURE("heading-structure"),
    RELATIVE_LINK("relative-link"),
    INCLUDE("include"),

    // Entries: admonitions and linked list items
    ENTRY_TITLE("entry-title"),
    ENTRY_PAPER("entry-paper"),
    ENTRY_REPOSITORY("entry-repository"),
    ENTRY_ARTICLE("entry-article"),
    SAME_ENTRY_CODE("same-entry-code"),
    UNLINKED_PAPER_TITLE("unlinked-paper-title"),
    ADMONITION_TITLE("admonition-title"),
    TITLE_OPENS_WITH_NAME("title-opens-with-name"),
    TITLE_TOPIC("title-topic"),
    DESCRIPTION_SUBJECT("description-subject"),
    PAPER_INTRODUCING("paper-introducing"),
    TITLE_MENTION("title-mention"),
    TITLE_IS_NAME("title-is-name"),
    BODY_PAPER("body-paper"),
    CARD_LIST_ITEM("card-list-item"),

    // Table rows
    TABLE_ROW("table-row"),
    TABLE_ROW_PAPER("table-row-paper"),
    TABLE_ROW_REPOSITORY("table-row-repository"),

    // Links in text
    LINKED_PAPER("linked-paper"),
    LINKED_REPOSITORY("linked-repository"),
    NAMED_PAPER("named-paper"),
    NAME_LINKS_PAPER("name-links-paper"),
    LINKED_ARTICLE("linked-article"),
    BARE_URL("bare-url"),

    // List items
    LIST_LEAD_TERM("list-lead-term"),
    COMPONENT_LIST("component-list"),
    COMPONENT_SECTION("component-section"),

    // Headings
    HEADING_NAME("heading-name"),
    HEADING_MENTION("heading-mention"),

    // Known names in text
    MENTION("mention"),

    // Modalities
    MODALITY("modality"),
    MODALITY_OF_ENTRY("modality-of-entry"),
    MODALITY_MENTION("modality-mention"),

    // Names read from titles and sentences (learned in the first pass)
    PAPER_TITLE_PREFIX("paper-title-prefix"),
    SHORT_TITLE_NAME("short-title-name"),
    TITLE_WITH_NAME("title-with-name"),
    TITLE_ACRONYM("title-acronym"),
    NAME_WITH_ACRONYM("name-with-acronym"),
    WE_PRESENT_NAME("we-present-name"),
    COINED_TERM("coined-term"),
    PAPER_FOR_NAME("paper-for-name"),
    BARE_NAME_ITEM("bare-name-item"),
    APPOSITIVE_DERIVATION("appositive-derivation"),
    TITLE_BRACKET_NAME("title-bracket-name"),
    MODEL_COLUMN_CELL("model-column-cell"),
    REPORT_OF_NAME("report-of-name"),
    NAMED_MODELS("named-models"),

    // Relations stated by phrases and name shapes
    BUILDS_ON_PHRASE("builds-on-phrase"),
    DISTILLED_INTO("distilled-into"),
    TUNING_OF_NAME("tuning-of-name"),
    NAME_BASED("name-based"),
    DESCRIBED_IN_SENTENCE("described-in-sentence"),
    CONSISTS_OF("consists-of"),
    KIND_OF_PHRASE("kind-of-phrase"),
    IS_A_CONCEPT("is-a-concept"),
    HEAD_NOUN("head-noun"),
    GAZETTEER_KIND_OF("gazetteer-kindOf");

    /** The IRI of {@code gkg:ExtractionRule}, the class of the individuals of {@code rules.ttl}. */
    public static final String CLASS = Namespaces.GKG + "ExtractionRule";

    private static final Map<String, ExtractionRule> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ExtractionRule::id, Function.identity()));

    private final String id;

    ExtractionRule(String id) {
        this.id = id;
    }

    /** The name written as {@code gkg:rule} and as the {@code rdfs:label} of the rule's individual. */
    public String id() {
        return id;
    }

    /** The individual of {@code rules.ttl} that describes the rule. */
    public String iri() {
        return Namespaces.RESOURCE + "rule/" + id;
    }

    /** The one-line description of {@code rules.ttl}. */
    public String description() {
        return RuleDescriptions.of(this);
    }

    /** The rule of this name, if there is one. */
    public static Optional<ExtractionRule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    @Override
    public String toString() {
        return id;
    }
}
