package org.genaikg.ontology;

/**
 * How the knowledge base's history is written ({@code kg history}). Each walked commit is a
 * {@code gkg:Revision} (a {@code prov:Activity}) with its commit id, number, message and dates. Every
 * node and every relation statement that was ever in the knowledge base has {@code gkg:firstSeen} and
 * {@code gkg:lastSeen} revisions and one {@code gkg:Presence} per stay (from {@code gkg:firstSeen} to
 * {@code gkg:lastSeen}, ended by {@code gkg:removedIn}); each evidence {@code prov:wasGeneratedBy} the
 * revision it appeared in. All of it sits in the named graph {@link #GRAPH}, so the documents' graphs
 * stay exactly what a build of the last revision gives.
 */
public final class History {
    public static final String REVISION_CLASS = Namespaces.GKG + "Revision";
    public static final String PRESENCE_CLASS = Namespaces.GKG + "Presence";

    public static final String PRESENCE = Namespaces.GKG + "presence";
    public static final String FIRST_SEEN = Namespaces.GKG + "firstSeen";
    public static final String LAST_SEEN = Namespaces.GKG + "lastSeen";
    public static final String REMOVED_IN = Namespaces.GKG + "removedIn";
    public static final String NODE_CLASS = Namespaces.GKG + "nodeClass";
    public static final String COMMIT_ID = Namespaces.GKG + "commitId";
    public static final String REVISION_NUMBER = Namespaces.GKG + "revisionNumber";
    public static final String COMMIT_MESSAGE = Namespaces.GKG + "commitMessage";

    /** A revision's author date. */
    public static final String STARTED_AT_TIME = Namespaces.PROV + "startedAtTime";
    /** A revision's commit date: the date of the revision. */
    public static final String ENDED_AT_TIME = Namespaces.PROV + "endedAtTime";
    /** A presence's start: the date of its first revision. */
    public static final String GENERATED_AT_TIME = Namespaces.PROV + "generatedAtTime";
    /** A presence's end: the date of the revision that removed it. */
    public static final String INVALIDATED_AT_TIME = Namespaces.PROV + "invalidatedAtTime";
    /** From an evidence to the revision it appeared in. */
    public static final String WAS_GENERATED_BY = Namespaces.PROV + "wasGeneratedBy";

    public static final String DATE_TIME = Namespaces.XSD + "dateTime";

    /** The named graph of the time terms. */
    public static final String GRAPH = Namespaces.RESOURCE + "graph/history";

    public static final String REVISION_SEGMENT = "revision";
    public static final String PRESENCE_SEGMENT = "presence";

    /** Neo4j: the label of revision nodes (not a {@code Resource}: no class of the extracted graph). */
    public static final String NEO4J_REVISION = "Revision";
    /** Neo4j: the label of presence nodes, one per stay of a node or relation, also of those gone since. */
    public static final String NEO4J_PRESENCE = "Presence";
    public static final String NEO4J_COMMIT_ID = "commitId";
    public static final String NEO4J_REVISION_NUMBER = "number";
    public static final String NEO4J_MESSAGE = "message";
    public static final String NEO4J_AUTHORED_AT = "authoredAt";
    public static final String NEO4J_COMMITTED_AT = "committedAt";
    /** On nodes, relationships and presences: the first and last revision's commit id and date. */
    public static final String NEO4J_FIRST_SEEN_COMMIT = "firstSeenCommit";
    public static final String NEO4J_FIRST_SEEN_AT = "firstSeenAt";
    public static final String NEO4J_LAST_SEEN_COMMIT = "lastSeenCommit";
    public static final String NEO4J_LAST_SEEN_AT = "lastSeenAt";
    /** On nodes and relationships: the stays as parallel lists; {@code removed*} is one shorter while it is there. */
    public static final String NEO4J_ADDED_IN = "addedIn";
    public static final String NEO4J_ADDED_AT = "addedAt";
    public static final String NEO4J_REMOVED_IN = "removedIn";
    public static final String NEO4J_REMOVED_AT = "removedAt";
    /** On a presence: what it is of (the node's or statement's IRI), its class or relation, and for a relation its ends. */
    public static final String NEO4J_OF = "of";
    public static final String NEO4J_CLASS = "class";
    public static final String NEO4J_RELATION = "relation";
    public static final String NEO4J_SUBJECT = "subject";
    public static final String NEO4J_OBJECT = "object";
    /** On nodes and relationships: the commit each provenance entry appeared in, parallel to {@code sourcePaths}. */
    public static final String NEO4J_SOURCE_COMMITS = "sourceCommits";

    private History() {}

    /** {@code resource/revision/COMMIT}. */
    public static String revisionIri(String commitId) {
        return Namespaces.RESOURCE + REVISION_SEGMENT + "/" + commitId;
    }

    /** {@code resource/presence/HASH}, the hash of what the presence is of and where it starts. */
    public static String presenceIri(String hash) {
        return Namespaces.RESOURCE + PRESENCE_SEGMENT + "/" + hash;
    }
}
