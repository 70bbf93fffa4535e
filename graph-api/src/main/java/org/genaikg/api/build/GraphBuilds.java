package org.genaikg.api.build;

import java.util.Optional;

/**
 * The builds of the stores the API reads: the last one's report, and a rebuild on request. Supplied
 * by whoever loads the stores ({@code kg serve}); an application started on a dataset alone has
 * {@link #NONE}.
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

    /** Extracts the knowledge base again and replaces the stores' graph; one at a time. */
    BuildReport rebuild();
}
