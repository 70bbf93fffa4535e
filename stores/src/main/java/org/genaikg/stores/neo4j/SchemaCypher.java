package org.genaikg.stores.neo4j;

import org.genaikg.ontology.Labels;

/** The schema the store needs: one node per IRI, enforced on the base label. */
final class SchemaCypher {

    static final String RESOURCE_IRI_CONSTRAINT = "resource_iri";

    static final String CREATE_RESOURCE_IRI_CONSTRAINT = """
            CREATE CONSTRAINT %1$s IF NOT EXISTS
            FOR (n:%2$s) REQUIRE n.%3$s IS UNIQUE
            """.formatted(RESOURCE_IRI_CONSTRAINT, Labels.NEO4J_RESOURCE, Labels.NEO4J_IRI);

    static final String AWAIT_INDEXES = """
            CALL db.awaitIndexes(300)
            """;

    private SchemaCypher() {}
}
