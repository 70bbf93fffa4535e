package org.genaikg.api.build;

import java.util.Optional;

/**
 * The builds of the stores the API reads: the last one's report, the one under way, whether Neo4j
 * holds the graph yet, and a rebuild on request. Supplied by whoever loads the stores
 * ({@code kg serve}); an application started on a dataset alone has {@link #NONE}: no build under
 * way, Neo4j as ready as its server.
 */
public interface GraphBuilds {

    /** No builds: the stores were loaded by someone else. */
    GraphBuilds NONE = new GraphBuilds() {
        @Override
        public Optional<BuildReport> last() {
            return Optional.empty();
        }

        @Override
        public BuildReport rebuild() {
            throw new RebuildUnavailable();
        }
    };

    /** The report of the last build, if this process built the stores. */
    Optional<BuildReport> last();

    /** Extracts the knowledge base again and replaces the stores' graph; one at a time. On return the API serves the new graph. */
    BuildReport rebuild();

    /** The build under way, if one is. */
    default Optional<BuildProgress> running() {
        return Optional.empty();
    }

    /** Whether Neo4j holds the graph the RDF store holds (false while it starts or catches up). */
    default boolean neo4jReady() {
        return true;
    }
}
