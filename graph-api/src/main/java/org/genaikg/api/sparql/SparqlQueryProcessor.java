package org.genaikg.api.sparql;

import java.io.ByteArrayOutputStream;
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
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.update.UpdateFactory;
import org.genaikg.api.KgProperties;
import org.genaikg.api.web.QueryRejected;
import org.genaikg.api.web.QueryTimedOut;
import org.genaikg.api.web.UpdateRefused;
import org.springframework.stereotype.Component;

/**
 * SPARQL query processing, validate then execute: parse (a parse failure is a 400 with the parser's
 * message, an update is refused), choose the result format, run on the union default graph with
 * the timeout, and write with Jena's writers. Results are written to a buffer before anything is
 * sent, so a timeout or an error while writing still gives a clean problem response.
 */
@Component
class SparqlQueryProcessor {

    /** A written result, ready to send. */
    record Answer(String mediaType, byte[] body) {}

    private final Dataset dataset;
    private final KgProperties properties;

    SparqlQueryProcessor(Dataset dataset, KgProperties properties) {
        this.dataset = dataset;
        this.properties = properties;
    }

    Answer answer(String queryText, String acceptHeader) {
        Query query = parse(queryText);
        List<SparqlFormats.Offer> offers =
                query.isSelectType() || query.isAskType() ? SparqlFormats.RESULTS : SparqlFormats.GRAPHS;
        SparqlFormats.Offer offer = SparqlFormats.choose(offers, acceptHeader);
        capRows(query);
        try {
            return new Answer(offer.mediaType() + "; charset=utf-8", execute(query, offer));
        } catch (QueryCancelledException cancelled) {
            throw new QueryTimedOut("The query ran longer than " + properties.sparqlTimeout().toMillis()
                    + " ms and was stopped.");
        } catch (QueryDeniedException | QueryExecException refused) {
            throw new QueryRejected(refused.getMessage() == null ? "The query cannot be executed here." : refused.getMessage());
        }
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
            throw new QueryRejected(notAQuery.getMessage());
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

    private void capRows(Query query) {
        long cap = properties.queryRowCap();
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > cap)) {
            query.setLimit(cap);
        }
    }

    private byte[] execute(Query query, SparqlFormats.Offer offer) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.create()
                    .query(query)
                    .dataset(dataset)
                    .set(TDB2.symUnionDefaultGraph, true)
                    // no SERVICE: the endpoint must not fetch URLs chosen by its callers
                    .set(Service.httpServiceAllowed, false)
                    .timeout(properties.sparqlTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .build()) {
                if (query.isSelectType()) {
                    ResultsWriter.create().lang(offer.resultLang()).build().write(buffer, execution.execSelect());
                } else if (query.isAskType()) {
                    ResultsWriter.create().lang(offer.resultLang()).build().write(buffer, execution.execAsk());
                } else if (query.isConstructType()) {
                    RDFDataMgr.write(buffer, execution.execConstruct(), offer.graphFormat());
                } else {
                    RDFDataMgr.write(buffer, execution.execDescribe(), offer.graphFormat());
                }
            }
        });
        return buffer.toByteArray();
    }
}
