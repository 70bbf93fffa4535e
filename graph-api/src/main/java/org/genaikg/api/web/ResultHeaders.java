package org.genaikg.api.web;

/** Response headers the query endpoints add to what the result formats can say. */
public final class ResultHeaders {

    /**
     * Present when the row cap cut the answer's rows (a SELECT on {@code /sparql}, any query on
     * {@code /api/cypher}); its value is the cap, the number of rows sent.
     */
    public static final String TRUNCATED = "KG-Results-Truncated";

    private ResultHeaders() {}
}
