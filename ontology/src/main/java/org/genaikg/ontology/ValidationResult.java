package org.genaikg.ontology;

import java.util.List;

/** The outcome of validating a graph against the shapes: whether it conforms, and every violation, sorted. */
public record ValidationResult(boolean conforms, List<Violation> violations) {
    public ValidationResult {
        violations = List.copyOf(violations);
    }

    /** Every violation as one readable line. */
    public List<String> lines() {
        return violations.stream().map(Violation::line).toList();
    }
}
