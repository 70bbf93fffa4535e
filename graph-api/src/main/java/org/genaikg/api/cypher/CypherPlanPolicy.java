package org.genaikg.api.cypher;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import org.genaikg.api.web.ApiException;
import org.genaikg.api.web.OutsideGraphRefused;
import org.genaikg.api.web.WriteQueryRefused;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * What a caller's Cypher may do, judged on the plan Neo4j made for it ({@code EXPLAIN}), not on its
 * text: read the graph of the session's database, and nothing outside it. Refused, wherever they sit
 * in the plan (subqueries, {@code EXISTS}, {@code UNION} included): {@code LOAD CSV} (files and URLs),
 * a procedure outside {@link #ALLOWED_PROCEDURES}, server commands ({@code SHOW ...},
 * {@code TERMINATE ...}, user and database administration), an operator run on another database
 * ({@code system}), and any plan that is not read-only.
 */
final class CypherPlanPolicy {

    /**
     * The procedures a caller may {@code CALL}: they describe the graph's own schema (labels,
     * relationship types, property keys and how they connect), what a first look at a graph, or Neo4j
     * Browser's sidebar, asks for. The explorer itself calls none. Every other procedure of Neo4j
     * Community reads or changes the server (its settings, connections, transactions, indexes,
     * statistics, query caches) rather than the graph.
     */
    static final Set<String> ALLOWED_PROCEDURES = Set.of(
            "db.labels", "db.relationshipTypes", "db.propertyKeys",
            "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties");

    private static final String LOAD_CSV = "LoadCSV";
    private static final String PROCEDURE_CALL = "ProcedureCall";
    private static final String ADMINISTRATION = "AdministrationCommand";
    private static final Set<String> COMMAND_PREFIXES = Set.of("Show", "Terminate");
    private static final String DETAILS = "Details";

    private CypherPlanPolicy() {}

    /** Why the planned query is refused, as the problem to answer; empty when it only reads the session's graph. */
    static Optional<ApiException> refusal(ResultSummary summary) {
        String database = summary.database() == null ? null : summary.database().name();
        if (summary.hasPlan()) {
            Optional<String> outside = outside(summary.plan(), database);
            if (outside.isPresent()) {
                return Optional.of(new OutsideGraphRefused(outside.get()));
            }
        }
        if (summary.queryType() != QueryType.READ_ONLY) {
            return Optional.of(new WriteQueryRefused("This endpoint only reads; the query's plan is " + summary.queryType()
                    + ". Write through the pages and a rebuild instead."));
        }
        return Optional.empty();
    }

    private static Optional<String> outside(Plan root, String database) {
        Deque<Plan> plans = new ArrayDeque<>();
        plans.push(root);
        while (!plans.isEmpty()) {
            Plan plan = plans.pop();
            Optional<String> reason = reason(plan, database);
            if (reason.isPresent()) {
                return reason;
            }
            plan.children().forEach(plans::push);
        }
        return Optional.empty();
    }

    /** Why one operator reaches outside the graph; its type reads {@code Operator@database} on Neo4j 5. */
    private static Optional<String> reason(Plan plan, String database) {
        String type = plan.operatorType();
        int at = type.indexOf('@');
        String operator = at < 0 ? type : type.substring(0, at);
        String runsOn = at < 0 ? null : type.substring(at + 1);
        if (runsOn != null && database != null && !runsOn.equalsIgnoreCase(database)) {
            return Optional.of("This endpoint reads the graph of the database '" + database + "' only; the query runs on '"
                    + runsOn + "'.");
        }
        if (operator.equals(LOAD_CSV)) {
            return Optional.of("LOAD CSV is refused: this endpoint reads the graph, not files or URLs.");
        }
        if (operator.equals(PROCEDURE_CALL)) {
            String procedure = procedureName(plan).orElse("(unnamed)");
            if (!ALLOWED_PROCEDURES.contains(procedure)) {
                return Optional.of("CALL " + procedure + " is refused: only the schema procedures "
                        + String.join(", ", ALLOWED_PROCEDURES.stream().sorted().toList()) + " may be called here.");
            }
        }
        if (operator.equals(ADMINISTRATION) || COMMAND_PREFIXES.stream().anyMatch(operator::startsWith)) {
            return Optional.of("Server commands (SHOW ..., TERMINATE ..., user and database administration) are refused: "
                    + "this endpoint reads the graph; the plan holds " + operator + ".");
        }
        return Optional.empty();
    }

    /** The procedure's name from the operator's details, {@code db.labels() :: (label :: STRING)}. */
    private static Optional<String> procedureName(Plan plan) {
        Value details = plan.arguments().get(DETAILS);
        if (details == null || details.isNull()) {
            return Optional.empty();
        }
        String text = details.asString().strip();
        int paren = text.indexOf('(');
        return paren <= 0 ? Optional.empty() : Optional.of(text.substring(0, paren).replace("`", "").strip());
    }
}
