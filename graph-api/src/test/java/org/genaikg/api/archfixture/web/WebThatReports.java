package org.genaikg.api.archfixture.web;

import org.genaikg.api.archfixture.report.ReportThatSearches;

/** A shared package that calls back into a feature: with the feature's use of it, a cycle. */
public final class WebThatReports {
    public String render(String query) {
        return new ReportThatSearches().report(query);
    }
}
