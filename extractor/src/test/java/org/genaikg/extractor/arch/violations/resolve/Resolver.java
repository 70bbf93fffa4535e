package org.genaikg.extractor.arch.violations.resolve;

/** A resolver that breaks no rule by itself. */
public final class Resolver {
    public String resolve(String text) {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
