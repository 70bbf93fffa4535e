package org.genaikg.extractor.arch.violations.resolve;

import org.genaikg.extractor.arch.violations.recognise.Recogniser;

/** A resolver that calls a recogniser: with {@code RecogniserThatResolves}, a cycle. */
public final class ResolverThatRecognises {
    public String resolve(String text) {
        return new Recogniser().recognise(text);
    }
}
