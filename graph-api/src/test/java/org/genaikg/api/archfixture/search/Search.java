package org.genaikg.api.archfixture.search;

import org.genaikg.api.archfixture.web.WebThatReports;

/** A feature that uses a shared package, as features may. */
public final class Search {
    public String search(String query) {
        return WebThatReports.class.getSimpleName() + query;
    }
}
