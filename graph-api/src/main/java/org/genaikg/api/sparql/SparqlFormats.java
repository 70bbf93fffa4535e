package org.genaikg.api.sparql;

import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.genaikg.api.web.NotAcceptable;

/**
 * The one content-negotiation table of the endpoint: which media types each kind of result can be
 * written in, the writer for each, and the default (first) when the client accepts anything.
 */
final class SparqlFormats {

    /** A media type the endpoint offers and the Jena language that writes it. */
    record Offer(String mediaType, Lang resultLang, RDFFormat graphFormat) {}

    /** SELECT and ASK results. */
    static final List<Offer> RESULTS = List.of(
            new Offer("application/sparql-results+json", ResultSetLang.RS_JSON, null),
            new Offer("application/sparql-results+xml", ResultSetLang.RS_XML, null),
            new Offer("text/csv", ResultSetLang.RS_CSV, null),
            new Offer("text/tab-separated-values", ResultSetLang.RS_TSV, null),
            new Offer("application/json", ResultSetLang.RS_JSON, null),
            new Offer("application/xml", ResultSetLang.RS_XML, null));

    /** CONSTRUCT and DESCRIBE results. */
    static final List<Offer> GRAPHS = List.of(
            new Offer("text/turtle", null, RDFFormat.TURTLE),
            new Offer("application/n-triples", null, RDFFormat.NTRIPLES),
            new Offer("application/ld+json", null, RDFFormat.JSONLD),
            new Offer("text/plain", null, RDFFormat.NTRIPLES));

    private static final Map<List<Offer>, AcceptList> OFFER_LISTS = Map.of(
            RESULTS, acceptListOf(RESULTS),
            GRAPHS, acceptListOf(GRAPHS));

    private SparqlFormats() {}

    /** The offer that best matches an Accept header; the first offer when the header is absent. */
    static Offer choose(List<Offer> offers, String acceptHeader) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return offers.get(0);
        }
        MediaType match = AcceptList.match(new AcceptList(acceptHeader), OFFER_LISTS.get(offers));
        if (match == null) {
            throw new NotAcceptable("None of " + acceptHeader + " can be given for this query; offered: "
                    + offers.stream().map(Offer::mediaType).toList() + ".");
        }
        String chosen = match.getContentTypeStr();
        return offers.stream().filter(o -> o.mediaType().equals(chosen)).findFirst().orElse(offers.get(0));
    }

    private static AcceptList acceptListOf(List<Offer> offers) {
        return AcceptList.create(offers.stream().map(Offer::mediaType).toArray(String[]::new));
    }
}
