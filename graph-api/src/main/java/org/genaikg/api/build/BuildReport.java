package org.genaikg.api.build;

import java.time.Instant;
import java.util.List;

/**
 * What the last build of the stores found and reported.
 *
 * @param finishedAt when the stores held the new graph
 * @param seconds extraction and loading, wall-clock
 * @param documents pages extracted
 * @param nodes nodes in the graph
 * @param edges edges in the graph
 * @param problems what went wrong, each as {@code path:line: reason} with its kind
 */
public record BuildReport(Instant finishedAt, double seconds, int documents, int nodes, int edges, List<BuildProblem> problems) {

    public BuildReport {
        problems = List.copyOf(problems);
    }

    /**
     * One problem of a build.
     *
     * @param kind {@code skipped-file}, {@code empty-entry} or {@code warning}
     * @param text {@code path:line: reason}
     */
    public record BuildProblem(String kind, String path, int line, String reason, String text) {}
}
