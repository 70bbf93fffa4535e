package org.genaikg.extractor.arch.violations.resolve;

import org.genaikg.extractor.arch.violations.rdf.Writer;

/** A resolver that writes RDF. */
public final class ResolverThatWrites {
    public String resolve(String text) {
        return new Writer().write(text);
    }
}
