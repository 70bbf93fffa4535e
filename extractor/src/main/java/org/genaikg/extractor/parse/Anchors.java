package org.genaikg.extractor.parse;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** MkDocs (Python-Markdown toc) heading anchors, with {@code _1}, {@code _2} for repeats on a page. */
final class Anchors {
    private final Map<String, Integer> seen = new HashMap<>();

    static String slugify(String heading) {
        String ascii = Normalizer.normalize(heading, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
        String cleaned = ascii.replaceAll("[^\\w\\s-]", "").strip().toLowerCase(Locale.ROOT);
        return cleaned.replaceAll("[-\\s]+", "-");
    }

    String next(String heading) {
        String base = slugify(heading);
        int count = seen.merge(base, 1, Integer::sum);
        return count == 1 ? base : base + "_" + (count - 1);
    }
}
