package org.genaikg.api.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.springframework.stereotype.Component;

/**
 * Runs read queries over the union of the dataset's graphs, each in its own read transaction.
 * Queries come from the {@code *Queries} classes with their parameters already bound.
 */
@Component
public class GraphReader {
    private final Dataset dataset;

    public GraphReader(Dataset dataset) {
        this.dataset = dataset;
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * Every row of a SELECT, mapped. Rows are copied inside the transaction: TDB2 resolves the
     * terms of a row lazily, so a row read after the transaction would be empty.
     */
    public <T> List<T> select(Query query, Function<QuerySolution, T> row) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = execution(query)) {
                List<T> rows = new ArrayList<>();
                execution.execSelect().forEachRemaining(solution -> rows.add(row.apply(copy(solution))));
                return rows;
            }
        });
    }

    private static QuerySolution copy(QuerySolution solution) {
        QuerySolutionMap copy = new QuerySolutionMap();
        copy.addAll(solution);
        return copy;
    }

    public boolean ask(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = execution(query)) {
                return execution.execAsk();
            }
        });
    }

    /** Runs several reads in one read transaction, so that they see one state of the store. */
    public <T> T inOneTransaction(Supplier<T> reads) {
        return Txn.calculateRead(dataset, reads);
    }

    /** A query execution on the union default graph; the caller holds the transaction. */
    public QueryExecution execution(Query query) {
        return QueryExecution.create()
                .query(query)
                .dataset(dataset)
                .set(TDB2.symUnionDefaultGraph, true)
                .build();
    }
}
