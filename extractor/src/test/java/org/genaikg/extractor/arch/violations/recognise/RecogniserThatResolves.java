package org.genaikg.extractor.arch.violations.recognise;

import org.genaikg.extractor.arch.violations.resolve.Resolver;

/** A recogniser that calls the resolver. */
public final class RecogniserThatResolves {
    public String recognise(String text) {
        return new Resolver().resolve(text);
    }
}
