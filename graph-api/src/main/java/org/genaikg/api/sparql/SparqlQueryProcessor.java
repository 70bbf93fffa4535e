package org.genaikg.api.sparql;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.update.UpdateFactory;
import org.genaikg.api.KgProperties;
import org.genaikg.api.web.QueryRejected;
import org.genaikg.api.web.QueryTimedOut;
import org.genaikg.api.web.QueryWorkers;
import org.genaikg.api.web.UpdateRefused;
import org.springframework.stereotype.Component;

/**
 * SPARQL query processing, validate then execute: parse (a parse failure is a 400 with the parser's
 * message, an update is refused), choose the result format, run on the union default graph with
 * the timeout, and write with Jena's writers. All of it runs on one of the {@link QueryWorkers},
 * within the timeout. Results are written to a buffer before anything is sent, so a timeout or an
 * error while writing still gives a clean problem response. A SELECT gives at most the row cap of
 * rows; {@link Answer#truncated()} says when it had more.
 */
@Component
class SparqlQueryProcessor {

    /** A written result, ready to send; {@code truncated} when the row cap cut a SELECT's rows. */
    record Answer(String mediaType, byte[] body, boolean truncated) {}

    private final Dataset dataset;
    private final KgProperties properties;
    private final QueryWorkers workers;

    SparqlQueryProcessor(Dataset dataset, KgProperties properties, QueryWorkers workers) {
        this.dataset = dataset;
        this.properties = properties;
        this.workers = workers;
    }

    Answer answer(String queryText, String acceptHeader) {
        return workers.run(() -> answerWithinTheStack(queryText, acceptHeader), properties.sparqlTimeout(), this::timedOut);
    }

    /**
     * Jena walks a query's algebra recursively: a chain of thousands of UNIONs that parses in time can still overflow
     * the stack when planned, which must be the client's clear error, not a server error.
     */
    private Answer answerWithinTheStack(String queryText, String acceptHeader) {
        try {
            return answerNow(queryText, acceptHeader);
        } catch (StackOverflowError tooDeep) {
            throw new QueryRejected("The query nests too deeply to be run here (thousands of UNIONs or groups inside each other).");
        }
    }

    private Answer answerNow(String queryText, String acceptHeader) {
        Query query = parse(queryText);
        List<SparqlFormats.Offer> offers =
                query.isSelectType() || query.isAskType() ? SparqlFormats.RESULTS : SparqlFormats.GRAPHS;
        SparqlFormats.Offer offer = SparqlFormats.choose(offers, acceptHeader);
        capRows(query);
        try {
            return execute(query, offer);
        } catch (QueryCancelledException cancelled) {
            throw timedOut();
        } catch (QueryDeniedException | QueryExecException refused) {
            throw new QueryRejected(refused.getMessage() == null ? "The query cannot be executed here." : refused.getMessage());
        }
    }

    private QueryTimedOut timedOut() {
        return new QueryTimedOut("The query ran longer than " + properties.sparqlTimeout().toMillis() + " ms and was stopped.");
    }

    static Query parse(String queryText) {
        if (queryText == null || queryText.isBlank()) {
            throw new QueryRejected("No query given: send it as query=, as a form field or as an application/sparql-query body.");
        }
        try {
            return QueryFactory.create(queryText, Syntax.syntaxARQ);
        } catch (QueryParseException notAQuery) {
            if (isUpdate(queryText)) {
                throw new UpdateRefused();
            }
            throw new QueryRejected(notAQuery.getMessage() != null ? notAQuery.getMessage()
                    : "The query cannot be parsed" + (notAQuery.getCause() instanceof StackOverflowError ? ": it nests too deeply." : "."));
        }
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (QueryParseException notAnUpdate) {
            return false;
        }
    }

    /** A SELECT asks for one row more than the cap, so that the answer knows whether the cap cut it. */
    private void capRows(Query query) {
        long cap = properties.queryRowCap();
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > cap)) {
            query.setLimit(cap + 1);
        }
    }

    private Answer execute(Query query, SparqlFormats.Offer offer) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
        boolean truncated = Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.create()
                    .query(query)
                    .dataset(dataset)
                    .set(TDB2.symUnionDefaultGraph, true)
                    // no SERVICE: the endpoint must not fetch URLs chosen by its callers
                    .set(Service.httpServiceAllowed, false)
                    .timeout(properties.sparqlTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .build()) {
                if (query.isSelectType()) {
                    return writeSelect(execution, offer, buffer);
                } else if (query.isAskType()) {
                    ResultsWriter.create().lang(offer.resultLang()).build().write(buffer, execution.execAsk());
                } else if (query.isConstructType()) {
                    RDFDataMgr.write(buffer, execution.execConstruct(), offer.graphFormat());
                } else {
                    RDFDataMgr.write(buffer, execution.execDescribe(), offer.graphFormat());
                }
                return false;
            }
        });
        return new Answer(offer.mediaType() + "; charset=utf-8", buffer.toByteArray(), truncated);
    }

    /** Writes at most the row cap of rows; true when there were more. */
    private boolean writeSelect(QueryExecution execution, SparqlFormats.Offer offer, ByteArrayOutputStream buffer) {
        RowSet rows = RowSet.adapt(execution.execSelect());
        List<Binding> kept = new ArrayList<>();
        while (rows.hasNext() && kept.size() < properties.queryRowCap()) {
            kept.add(rows.next());
        }
        boolean more = rows.hasNext();
        ResultSet capped = ResultSet.adapt(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        ResultsWriter.create().lang(offer.resultLang()).build().write(buffer, capped);
        return more;
    }
}
