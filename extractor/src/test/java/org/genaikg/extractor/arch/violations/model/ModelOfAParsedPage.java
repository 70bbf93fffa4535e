package org.genaikg.extractor.arch.violations.model;

import org.genaikg.extractor.arch.violations.parse.ParserThatRecognises;

/** A model record that holds a parser's type. */
public record ModelOfAParsedPage(ParserThatRecognises parser) {}
