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
        String ascii = Normalizer.normalize(relativePath.replace('\\', '/'), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9./_-]+", "-")
                .replaceAll("-{2,}", "-");
    }
}
