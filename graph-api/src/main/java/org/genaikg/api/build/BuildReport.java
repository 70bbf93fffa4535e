package org.genaikg.api.build;

import java.time.Instant;
import java.util.List;

/**
 * What the last build of the stores found and reported.
 *
 * @param finishedAt when the stores held the new graph
 * @param seconds extraction and writing, wall-clock
 * @param documents pages extracted
 * @param nodes nodes in the graph
 * @param edges edges in the graph
 * @param pagesExtracted pages parsed or recognised again, the others came from the page cache (a page that
 *     teaches the corpus a new name has every page recognised again, as the name may occur on any)
 * @param documentsWritten documents whose named graph was new or changed, so written to both stores
 * @param documentsRemoved documents whose page is gone, so removed from both stores
 * @param neo4jChanges nodes and relationships written or deleted in Neo4j
 * @param problems what went wrong, each as {@code path:line: reason} with its kind
 */
public record BuildReport(Instant finishedAt, double seconds, int documents, int nodes, int edges, int pagesExtracted,
                          int documentsWritten, int documentsRemoved, long neo4jChanges, List<BuildProblem> problems) {

    public BuildReport {
        problems = List.copyOf(problems);
    }

    /**
     * One problem of a build.
     *
     * @param kind {@code skipped-file}, {@code empty-entry}, {@code broken-link} or {@code warning}
     * @param text {@code path:line: reason}
     */
    public record BuildProblem(String kind, String path, int line, String reason, String text) {}
}
