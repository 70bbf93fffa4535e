package org.genaikg.extractor.arch.violations.rdf;

/** A writer that breaks no rule. */
public final class Writer {
    public String write(String text) {
        return "<" + text + ">";
    }
}
