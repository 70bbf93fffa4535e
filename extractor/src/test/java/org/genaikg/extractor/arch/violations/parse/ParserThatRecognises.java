package org.genaikg.extractor.arch.violations.parse;

import org.genaikg.extractor.arch.violations.recognise.Recogniser;

/** A parser that calls a recogniser. */
public final class ParserThatRecognises {
    public String parse(String text) {
        return new Recogniser().recognise(text);
    }
}
