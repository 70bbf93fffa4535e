package org.genaikg.extractor.recognise;

import org.genaikg.ontology.Relation;

/** A fact the gazetteer states between two names, by their resolution keys. */
public record KnownFact(String subject, Relation relation, String object) {}
