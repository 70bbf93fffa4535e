package org.genaikg.stores.neo4j;

import java.nio.file.Path;

/** The embedded Neo4j did not start; the message says why on one line (from Neo4j's own log) and what to do. */
public final class Neo4jStartFailure extends RuntimeException {

    Neo4jStartFailure(Path home, String reason, Path log, Throwable cause) {
        super("Neo4j could not start in " + home + ": " + reason + " (its log: " + log
                + "; if the folder is damaged, delete it: the next build makes it anew from the pages)", cause);
    }
}
