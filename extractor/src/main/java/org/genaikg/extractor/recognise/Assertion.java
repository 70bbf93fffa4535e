package org.genaikg.extractor.recognise;

import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.ontology.Relation;

/** A relation seen on a page between two entities named by their resolution keys ({@link Ref}). */
public record Assertion(Ref subject, Relation relation, Ref object, SourceSpan span) implements java.io.Serializable {}
