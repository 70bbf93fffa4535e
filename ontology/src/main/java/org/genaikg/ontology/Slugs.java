package org.genaikg.ontology;

import java.text.Normalizer;
import java.util.Locale;

/** Stable instance slugs: lower-case ASCII, words joined by {@code -} (EXTRACTION.md). */
public final class Slugs {
    private Slugs() {}

    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("\\.(?![0-9])|(?<![0-9])\\.", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }

    /** A slug for a relative file path: lower-case, folders and the extension kept ({@code understanding/models/models.md}). */
    public static String pathSlug(String relativePath) {
        if (isPathSlugOnceLowerCased(relativePath)) {
            return relativePath.toLowerCase(Locale.ROOT); // the usual path: no normalising or regex for it (a graph asks per section)
        }
        String ascii = Normalizer.normalize(relativePath.replace('\\', '/'), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9./_-]+", "-")
                .replaceAll("-{2,}", "-");
    }

    /** True when only lower-casing changes the path: ASCII letters, digits, {@code ./_-}, no run of dashes. */
    private static boolean isPathSlugOnceLowerCased(String path) {
        char before = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean kept = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '/' || c == '_' || c == '-';
            if (!kept || c == '-' && before == '-') {
                return false;
            }
            before = c;
        }
        return true;
    }
}
