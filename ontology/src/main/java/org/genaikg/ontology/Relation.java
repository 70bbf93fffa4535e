package org.genaikg.ontology;

/**
 * The typed relations of the graph model: the RDF property and the Neo4j relationship type of
 * each, in one place.
 */
public enum Relation {
    PART_OF("partOf", "PART_OF"),
    MENTIONS("mentions", "MENTIONS"),
    LINKS_TO("linksTo", "LINKS_TO"),
    DESCRIBED_IN("describedIn", "DESCRIBED_IN"),
    HAS_CODE("hasCode", "HAS_CODE"),
    BUILDS_ON("buildsOn", "BUILDS_ON"),
    HAS_MODALITY("hasModality", "HAS_MODALITY"),
    COMPONENT_OF("componentOf", "COMPONENT_OF"),
    KIND_OF("kindOf", "KIND_OF");

    private final String localName;
    private final String relationshipType;

    Relation(String localName, String relationshipType) {
        this.localName = localName;
        this.relationshipType = relationshipType;
    }

    public String localName() {
        return localName;
    }

    /** The property IRI, e.g. {@code https://w3id.org/genai-kg/ontology#buildsOn}. */
    public String iri() {
        return Namespaces.GKG + localName;
    }

    /** The Neo4j relationship type, e.g. {@code BUILDS_ON}. */
    public String relationshipType() {
        return relationshipType;
    }

    public static Relation fromLocalName(String name) {
        for (Relation relation : values()) {
            if (relation.localName.equals(name) || relation.relationshipType.equals(name)) {
                return relation;
            }
        }
        throw new IllegalArgumentException("no relation named " + name);
    }
}
