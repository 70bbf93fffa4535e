package org.genaikg.stores.neo4j;

import java.time.Duration;

/**
 * What one load wrote and how long each half took. A relationship whose end is not in the graph
 * is not written, so {@code relationships < relationshipsAsked} means dangling edges.
 */
public record LoadReport(long nodes, Duration nodeTime, long relationships, long relationshipsAsked, Duration relationshipTime) {

    public double nodesPerSecond() {
        return perSecond(nodes, nodeTime);
    }

    public double relationshipsPerSecond() {
        return perSecond(relationships, relationshipTime);
    }

    public Duration elapsed() {
        return nodeTime.plus(relationshipTime);
    }

    private static double perSecond(long count, Duration time) {
        double seconds = time.toNanos() / 1e9;
        return seconds == 0 ? 0 : count / seconds;
    }
}
