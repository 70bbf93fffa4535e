package org.genaikg.extractor.arch.violations.resolve;

import com.vladsch.flexmark.util.ast.Node;

/** A resolver that walks flexmark's syntax tree. */
public final class FlexmarkInTheResolver {
    public int resolve(Node node) {
        return node.getStartOffset();
    }
}
