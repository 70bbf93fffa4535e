package org.genaikg.api.build;

/**
 * A build under way: pages extracted so far, of all the pages (0 of 0 until the pages are counted).
 * A page whose text is unchanged counts as soon as it comes from the page cache.
 */
public record BuildProgress(int pagesDone, int pagesTotal) {}
