package org.genaikg.api.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genaikg.api.KgProperties;
import org.genaikg.api.web.QueryRejected;
import org.genaikg.api.web.QueryTimedOut;
import org.genaikg.api.web.QueryWorkers;
import org.genaikg.api.web.StoreUnavailable;
import org.genaikg.api.web.WriteQueryRefused;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.stereotype.Component;

/**
 * Runs a caller's Cypher on one of the {@link QueryWorkers}, in one read transaction, within the
 * configured timeout: brackets nested no deeper than {@link CypherNesting} allows, planned first
 * ({@code EXPLAIN}) and refused unless the plan only reads the graph ({@link CypherPlanPolicy}); then
 * at most the row cap of rows read. The session's read access mode stops any write the plan let through.
 */
@Component
class CypherReader {
    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private final Driver driver;
    private final KgProperties properties;
    private final QueryWorkers workers;

    CypherReader(Driver driver, KgProperties properties, QueryWorkers workers) {
        this.driver = driver;
        this.properties = properties;
        this.workers = workers;
    }

    CypherAnswer read(CypherRequest request) {
        if (request.query() == null || request.query().isBlank()) {
            throw new QueryRejected("The body needs a Cypher 'query'.");
        }
        CypherNesting.check(request.query());
        // interrupted past the timeout, the driver closes the connection, which ends the server's transaction
        return workers.runInterruptibly(() -> readNow(request), properties.neo4j().queryTimeout(), this::timedOut);
    }

    private CypherAnswer readNow(CypherRequest request) {
        TransactionConfig config = TransactionConfig.builder().withTimeout(properties.neo4j().queryTimeout()).build();
        try (Session session = driver.session(READ)) {
            return session.executeRead(tx -> answer(tx, request), config);
        } catch (ServiceUnavailableException e) {
            throw new StoreUnavailable("The Neo4j server at " + properties.neo4j().uri() + " cannot be reached: " + e.getMessage());
        } catch (ClientException e) {
            throw translate(e);
        }
    }

    private CypherAnswer answer(TransactionContext tx, CypherRequest request) {
        CypherPlanPolicy.refusal(tx.run(CypherStatements.explain(request.query()), request.parameters()).consume())
                .ifPresent(refusal -> {
                    throw refusal;
                });
        Result result = tx.run(request.query(), request.parameters());
        List<String> columns = result.keys();
        int cap = properties.queryRowCap();
        List<Record> records = new ArrayList<>();
        while (result.hasNext() && records.size() < cap) {
            records.add(result.next());
        }
        boolean truncated = result.hasNext();
        ResultGraph graph = new ResultGraph();
        records.forEach(graph::collect);
        List<String> missing = graph.missingEnds();
        if (!missing.isEmpty()) {
            tx.run(CypherStatements.NODES_BY_ELEMENT_ID, Map.of("ids", missing)).forEachRemaining(r -> graph.addNode(r.get(0).asNode()));
        }
        List<Map<String, Object>> rows = records.stream().map(graph::row).toList();
        return new CypherAnswer(columns, rows, truncated, graph.isEmpty() ? null : graph.elements());
    }

    private QueryTimedOut timedOut() {
        return new QueryTimedOut("The query ran longer than " + properties.neo4j().queryTimeout().toMillis() + " ms and was stopped.");
    }

    private RuntimeException translate(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        if (code.endsWith(".AccessMode") || code.contains("ForbiddenOnReadOnlyDatabase")) {
            return new WriteQueryRefused("This endpoint only reads: " + e.getMessage());
        }
        if (code.contains("TransactionTimedOut") || code.endsWith("Transaction.Terminated")) {
            return timedOut();
        }
        return new QueryRejected(e.getMessage());
    }
}
