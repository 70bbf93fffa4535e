package org.genaikg.ontology;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The keys names are matched by (EXTRACTION.md, "Entity resolution"): case, spaces, hyphens,
 * dots and other punctuation are ignored, digits are not ({@code Llama-2} = {@code Llama 2},
 * {@code GPT-3} differs from {@code GPT-4}).
 */
public final class NameKeys {
    private NameKeys() {}

    /** Lower-case ASCII letters and digits only: {@code "Llama-2"} gives {@code "llama2"}. */
    public static String key(String name) {
        return exactKey(name).toLowerCase(Locale.ROOT);
    }

    /** Letters and digits only, capitalisation kept: for names that only match case-sensitively. */
    public static String exactKey(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.replaceAll("[^A-Za-z0-9]+", "");
    }
}
