package org.genaikg.api;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the graph API, read once ({@code kg.*}).
 *
 * @param dataDir the data folder; the TDB2 dataset lives in its {@code tdb2} subfolder
 * @param docsDir the knowledge-base folder that {@code /api/source} may read from; none by default,
 *     so that nothing is served from wherever the process happens to run
 * @param sparqlTimeout how long one query may run before it is stopped
 * @param queryRowCap the most rows a SELECT returns, and the most nodes a listing returns
 * @param adminToken enables writing endpoints when set (none exist yet)
 */
@ConfigurationProperties("kg")
public record KgProperties(
        @DefaultValue("./kg-data") Path dataDir,
        Path docsDir,
        @DefaultValue("30s") Duration sparqlTimeout,
        @DefaultValue("10000") int queryRowCap,
        String adminToken) {

    /** Where the TDB2 dataset is kept inside the data folder. */
    public Path tdb2Dir() {
        return dataDir.resolve("tdb2");
    }
}
