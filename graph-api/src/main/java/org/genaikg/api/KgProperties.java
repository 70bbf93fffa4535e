package org.genaikg.api;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the graph API, read once ({@code kg.*}).
 *
 * @param dataDir the data folder; the TDB2 dataset lives in its {@code tdb2} subfolder
 * @param docsDir the knowledge-base folder that {@code /api/source} may read from; none by default,
 *     so that nothing is served from wherever the process happens to run
 * @param sparqlTimeout how long one query may run before it is stopped
 * @param queryRowCap the most rows a SELECT returns, and the most nodes a listing returns
 * @param adminToken enables the writing endpoints ({@code /api/admin/**}) when set; they need it as a bearer token
 * @param neo4j the Neo4j server {@code /api/cypher} reads through the Bolt driver
 * @param limits how large a request may be, and how many queries run at once
 */
@ConfigurationProperties("kg")
public record KgProperties(
        @DefaultValue("./kg-data") Path dataDir,
        Path docsDir,
        @DefaultValue("30s") Duration sparqlTimeout,
        @DefaultValue("10000") int queryRowCap,
        String adminToken,
        @DefaultValue Neo4j neo4j,
        @DefaultValue Limits limits) {

    /** Where the TDB2 dataset is kept inside the data folder. */
    public Path tdb2Dir() {
        return dataDir.resolve("tdb2");
    }

    /** Never prints the admin token. */
    @Override
    public String toString() {
        return "KgProperties[dataDir=" + dataDir + ", docsDir=" + docsDir + ", sparqlTimeout=" + sparqlTimeout
                + ", queryRowCap=" + queryRowCap + ", adminToken=" + (hasAdminToken() ? "(set)" : "(none)") + ", neo4j=" + neo4j
                + ", limits=" + limits + "]";
    }

    /** True when writing endpoints are on. */
    public boolean hasAdminToken() {
        return adminToken != null && !adminToken.isBlank();
    }

    /**
     * The Neo4j server behind {@code /api/cypher} ({@code kg.neo4j.*}).
     *
     * @param uri its Bolt URI; {@code kg serve} sets it to its embedded server's
     * @param user empty for no auth
     * @param password the user's password
     * @param queryTimeout how long one Cypher read transaction may run before the server stops it
     */
    public record Neo4j(
            @DefaultValue("bolt://127.0.0.1:7687") URI uri,
            @DefaultValue("") String user,
            @DefaultValue("") String password,
            @DefaultValue("30s") Duration queryTimeout) {

        /** Never prints the password. */
        @Override
        public String toString() {
            return "Neo4j[uri=" + uri + ", user=" + (user.isEmpty() ? "(none)" : user) + ", queryTimeout=" + queryTimeout + "]";
        }
    }

    /**
     * How large a request may be, and how many queries run at once ({@code kg.limits.*}). A body over
     * its limit is refused (413) before it is parsed; a query that finds every worker busy and the
     * queue full is refused (503, {@code Retry-After}) rather than left to starve the other endpoints.
     *
     * @param cypherBody the most bytes of a {@code /api/cypher} body (the query and its parameters)
     * @param sparqlBody the most bytes of a {@code /sparql} body: the query, or the form holding it
     * @param otherBody the most bytes of any other body but an uploaded page (those have their own limit)
     * @param queryWorkers queries (SPARQL and Cypher: parsing, planning, running, writing the answer)
     *     that run at once; 0: one per processor, at least 2
     * @param queryQueue queries that may wait for a worker; more are refused
     */
    public record Limits(
            @DefaultValue("64KB") DataSize cypherBody,
            @DefaultValue("1MB") DataSize sparqlBody,
            @DefaultValue("64KB") DataSize otherBody,
            @DefaultValue("0") int queryWorkers,
            @DefaultValue("4") int queryQueue) {

        /** The number of query workers, with 0 read as one per processor (at least 2). */
        public int workers() {
            return queryWorkers > 0 ? queryWorkers : Math.max(2, Runtime.getRuntime().availableProcessors());
        }
    }
}
