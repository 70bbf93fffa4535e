package org.genaikg.ontology;

/** One SHACL validation result: the node at fault, the property path (empty if none), and what is wrong. */
public record Violation(String focusNode, String path, String message) implements Comparable<Violation> {
    /** One readable line: {@code <focus> <path>: message}. */
    public String line() {
        return path.isEmpty() ? focusNode + ": " + message : focusNode + " " + path + ": " + message;
    }

    @Override
    public int compareTo(Violation other) {
        return line().compareTo(other.line());
    }

    @Override
    public String toString() {
        return line();
    }
}
