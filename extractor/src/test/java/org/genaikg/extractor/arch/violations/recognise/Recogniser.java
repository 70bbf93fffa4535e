package org.genaikg.extractor.arch.violations.recognise;

/** A recogniser that breaks no rule. */
public final class Recogniser {
    public String recognise(String text) {
        return text.strip();
    }
}
