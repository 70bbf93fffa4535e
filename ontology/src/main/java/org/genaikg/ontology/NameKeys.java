package org.genaikg.ontology;

import java.text.Normalizer;

/**
 * The keys names are matched by (EXTRACTION.md, "Entity resolution"): case, spaces, hyphens,
 * dots and other punctuation are ignored, digits are not ({@code Llama-2} = {@code Llama 2},
 * {@code GPT-3} differs from {@code GPT-4}).
 */
public final class NameKeys {
    private NameKeys() {}

    /** Lower-case ASCII letters and digits only: {@code "Llama-2"} gives {@code "llama2"}. */
    public static String key(String name) {
        return keep(name, true);
    }

    /** Letters and digits only, capitalisation kept: for names that only match case-sensitively. */
    public static String exactKey(String name) {
        return keep(name, false);
    }

    /** Keys are computed for every phrase of every page, so the plain-ASCII case avoids regular expressions. */
    private static String keep(String name, boolean lower) {
        String ascii = isAscii(name) ? name : DIACRITICS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder key = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                key.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                key.append(lower ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return key.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern DIACRITICS = java.util.regex.Pattern.compile("\\p{M}+");
}
