package org.genaikg.api.publish;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.genaikg.extractor.rdf.RdfFormat;

/**
 * Where each file of a published site goes, relative to the site's folder. The explorer reads them
 * by the same rules ({@code ui/.../js/data/static-paths.js}); {@code StaticPathsTests} and a browser
 * test hold the two equal.
 */
public final class StaticPaths {
    /** The data beside the page. */
    public static final String DATA = "data/";
    public static final String SITE = DATA + "site.json";
    public static final String GRAPH = DATA + "graph.json";
    public static final String SEARCH = DATA + "search.json";
    public static final String REPORT = DATA + "report.json";
    public static final String ONTOLOGY = DATA + "rdf/genai-kg-ontology.ttl";
    public static final String SHAPES = DATA + "rdf/genai-kg-shapes.ttl";
    /** The history of a site published with {@code --repo}: the walked commits, growth per month, the time slider's timeline. */
    public static final String HISTORY = DATA + "history/";
    public static final String REVISIONS = HISTORY + "revisions.json";
    public static final String GROWTH = HISTORY + "growth.json";
    public static final String TIMELINE = HISTORY + "timeline.json";
    /** One small JSON per page for a site's "related" boxes, by the page's path. */
    public static final String RELATED = "related/";

    static final int LONGEST_SEGMENT = 120;
    static final int KEPT_PREFIX = 100;

    private StaticPaths() {}

    /** The dump of the whole graph in a format, gzip-compressed: {@code data/rdf/genai-kg.ttl.gz}, ... */
    public static String dump(RdfFormat format) {
        return DATA + "rdf/genai-kg." + format.extension() + ".gz";
    }

    /** {@code model/llama-2} → {@code data/nodes/model/llama-2.json}: the id's slashes are folders. */
    public static String node(String id) {
        return DATA + "nodes/" + segments(id) + ".json";
    }

    /** {@code model/llama-2} → {@code data/history/nodes/model/llama-2.json}: when the node appeared and its stays. */
    public static String nodeHistory(String id) {
        return HISTORY + "nodes/" + segments(id) + ".json";
    }

    /** The copy of a page of the knowledge base, by its path relative to the pages' root. */
    public static String page(String path) {
        return DATA + "pages/" + segments(path);
    }

    /** {@code understanding/models.md} → {@code related/understanding/models.json}. */
    public static String related(String pagePath) {
        String stem = pagePath.toLowerCase(Locale.ROOT).endsWith(".md") ? pagePath.substring(0, pagePath.length() - 3) : pagePath;
        return RELATED + segments(stem) + ".json";
    }

    private static String segments(String path) {
        return Arrays.stream(path.split("/", -1)).map(StaticPaths::fileSegment).collect(Collectors.joining("/"));
    }

    /**
     * One segment as a file name that any static host serves as it is: ASCII letters, digits, {@code .}
     * and {@code -} kept, every other UTF-8 byte as {@code _XX} ({@code _} itself is {@code _5F}), a
     * leading {@code .} too (hidden files are not served everywhere); a long segment is cut and made
     * unique by a hash.
     */
    static String fileSegment(String segment) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean kept = (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b == '-'
                    || (b == '.' && i > 0);
            if (kept) {
                out.append((char) b);
            } else {
                out.append('_').append(String.format(Locale.ROOT, "%02X", b));
            }
        }
        if (out.isEmpty()) {
            return "_";
        }
        String name = out.toString();
        return name.length() > LONGEST_SEGMENT ? name.substring(0, KEPT_PREFIX) + "-" + fnv1a(name) : name;
    }

    /** FNV-1a, 32 bits, over the UTF-16 code units, as eight hex digits. */
    static String fnv1a(String text) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x01000193;
        }
        return String.format(Locale.ROOT, "%08x", hash);
    }
}
