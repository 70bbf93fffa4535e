package org.genaikg.ontology;

/**
 * The literal-valued properties a node carries: RDF property, datatype and Neo4j property name
 * of each, in one place. Labels and aliases are not here: every node has them (see {@link Labels}).
 */
public enum Attribute {
    TITLE(Namespaces.DCTERMS + "title", Datatype.STRING, "title"),
    SOURCE_PATH(Namespaces.GKG + "sourcePath", Datatype.STRING, "sourcePath"),
    CONTENT_HASH(Namespaces.GKG + "contentHash", Datatype.STRING, "contentHash"),
    LEVEL(Namespaces.GKG + "level", Datatype.INTEGER, "level"),
    ANCHOR(Namespaces.GKG + "anchor", Datatype.STRING, "anchor"),
    SOURCE_LINE(Namespaces.GKG + "sourceLine", Datatype.INTEGER, "sourceLine"),
    ARXIV_ID(Namespaces.GKG + "arxivId", Datatype.STRING, "arxivId"),
    URL(Namespaces.SCHEMA + "url", Datatype.ANY_URI, "url"),
    YEAR(Namespaces.GKG + "year", Datatype.INTEGER, "year"),
    CONCEPT_KIND(Namespaces.GKG + "conceptKind", Datatype.STRING, "conceptKind");

    /** The datatypes literal values are written with. */
    public enum Datatype {
        STRING(Namespaces.XSD + "string"),
        INTEGER(Namespaces.XSD + "integer"),
        ANY_URI(Namespaces.XSD + "anyURI");

        private final String iri;

        Datatype(String iri) {
            this.iri = iri;
        }

        public String iri() {
            return iri;
        }
    }

    private final String iri;
    private final Datatype datatype;
    private final String neo4jProperty;

    Attribute(String iri, Datatype datatype, String neo4jProperty) {
        this.iri = iri;
        this.datatype = datatype;
        this.neo4jProperty = neo4jProperty;
    }

    public String iri() {
        return iri;
    }

    public Datatype datatype() {
        return datatype;
    }

    public String neo4jProperty() {
        return neo4jProperty;
    }
}
