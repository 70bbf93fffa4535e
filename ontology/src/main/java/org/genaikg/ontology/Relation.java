package org.genaikg.ontology;

import static org.genaikg.ontology.NodeKind.ARTICLE;
import static org.genaikg.ontology.NodeKind.CONCEPT;
import static org.genaikg.ontology.NodeKind.DOCUMENT;
import static org.genaikg.ontology.NodeKind.MODALITY;
import static org.genaikg.ontology.NodeKind.MODEL;
import static org.genaikg.ontology.NodeKind.PAPER;
import static org.genaikg.ontology.NodeKind.REPOSITORY;
import static org.genaikg.ontology.NodeKind.SECTION;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The typed relations of the graph model: the RDF property and the Neo4j relationship type of
 * each, in one place.
 */
public enum Relation {
    PART_OF("partOf", "PART_OF", EnumSet.of(SECTION), EnumSet.of(SECTION, DOCUMENT)),
    MENTIONS("mentions", "MENTIONS", EnumSet.of(SECTION), EnumSet.of(PAPER, ARTICLE, REPOSITORY, MODEL, CONCEPT, MODALITY)),
    LINKS_TO("linksTo", "LINKS_TO", EnumSet.of(DOCUMENT, SECTION), EnumSet.of(DOCUMENT, SECTION)),
    DESCRIBED_IN("describedIn", "DESCRIBED_IN", EnumSet.of(MODEL, CONCEPT), EnumSet.of(PAPER)),
    HAS_CODE("hasCode", "HAS_CODE", EnumSet.of(PAPER, MODEL), EnumSet.of(REPOSITORY)),
    BUILDS_ON("buildsOn", "BUILDS_ON", EnumSet.of(MODEL, CONCEPT), EnumSet.of(MODEL, CONCEPT)),
    HAS_MODALITY("hasModality", "HAS_MODALITY", EnumSet.of(MODEL, PAPER), EnumSet.of(MODALITY)),
    COMPONENT_OF("componentOf", "COMPONENT_OF", EnumSet.of(CONCEPT), EnumSet.of(CONCEPT, MODEL)),
    KIND_OF("kindOf", "KIND_OF", EnumSet.of(CONCEPT), EnumSet.of(CONCEPT));

    private final String localName;
    private final String relationshipType;
    private final Set<NodeKind> domain;
    private final Set<NodeKind> range;

    Relation(String localName, String relationshipType, Set<NodeKind> domain, Set<NodeKind> range) {
        this.localName = localName;
        this.relationshipType = relationshipType;
        this.domain = Collections.unmodifiableSet(domain);
        this.range = Collections.unmodifiableSet(range);
    }

    /** The classes a subject of this relation may have (EXTRACTION.md, "Relations"). */
    public Set<NodeKind> domain() {
        return domain;
    }

    /** The classes an object of this relation may have. */
    public Set<NodeKind> range() {
        return range;
    }

    /** True when a relation from a node of class {@code from} to one of class {@code to} fits the model. */
    public boolean fits(NodeKind from, NodeKind to) {
        return domain.contains(from) && range.contains(to);
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
