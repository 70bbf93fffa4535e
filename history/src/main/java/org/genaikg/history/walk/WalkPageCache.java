package org.genaikg.history.walk;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.genaikg.extractor.CachedPage;
import org.genaikg.extractor.PageCache;

/**
 * The page cache of a walk: in memory, what the current and the previous revision used (so its
 * size follows one revision's pages, not the history's), in front of a slower cache (the data
 * folder's) it reads misses from. {@link #keepLastRevisionIn} leaves the last revision's pages in the
 * slower cache, so a build of that commit afterwards starts warm.
 */
public final class WalkPageCache implements PageCache {
    private final PageCache below;
    private Map<String, CachedPage> current = new ConcurrentHashMap<>();
    private Map<String, CachedPage> previous = Map.of();

    public WalkPageCache(PageCache below) {
        this.below = below;
    }

    @Override
    public Optional<CachedPage> get(String path, String contentHash) {
        String key = path + '\0' + contentHash;
        CachedPage page = current.get(key);
        if (page == null) {
            page = previous.get(key);
        }
        if (page == null) {
            page = below.get(path, contentHash).orElse(null);
        }
        if (page != null) {
            current.put(key, page);
        }
        return Optional.ofNullable(page);
    }

    @Override
    public void put(String path, String contentHash, CachedPage page) {
        current.put(path + '\0' + contentHash, page);
    }

    /** Starts the next revision: what the last one used stays at hand, anything older is let go. */
    void nextRevision() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }

    /** Writes what the last revision used into the slower cache. */
    public void keepLastRevisionIn(PageCache cache) {
        current.forEach((key, page) -> {
            int split = key.indexOf('\0');
            cache.put(key.substring(0, split), key.substring(split + 1), page);
        });
    }
}
