package org.genaikg.api.archfixture.report;

import org.genaikg.api.archfixture.search.Search;

/** A report that calls another feature. */
public final class ReportThatSearches {
    public String report(String query) {
        return new Search().search(query);
    }
}
