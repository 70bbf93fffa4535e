package org.genaikg.history.git;

/** A repository or bundle that cannot be read, or a branch or commit it does not have; the message says which and why. */
public final class GitRepositoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GitRepositoryException(String message) {
        super(message);
    }

    public GitRepositoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
