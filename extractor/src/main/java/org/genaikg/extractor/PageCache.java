package org.genaikg.extractor;

import java.util.Optional;

/**
 * What the extractor may keep of a page between builds, keyed by the page's path and the hash of
 * its text ({@link org.genaikg.extractor.parse.PageParser#contentHash(String)}). A page whose text
 * is unchanged is not parsed again; its findings are reused when the corpus's names are unchanged
 * too ({@link CachedPage#lexiconKey()}), and recognised again from the cached parse otherwise, so
 * the graph is always the one a build without a cache gives.
 */
public interface PageCache {

    /** Keeps nothing. */
    PageCache NONE = new PageCache() {
        @Override
        public Optional<CachedPage> get(String path, String contentHash) {
            return Optional.empty();
        }

        @Override
        public void put(String path, String contentHash, CachedPage page) {
            // nothing kept
        }
    };

    /** The page kept for this path and text, if any. */
    Optional<CachedPage> get(String path, String contentHash);

    /** Keeps the page; called from the extractor's worker threads. */
    void put(String path, String contentHash, CachedPage page);
}
