package org.genaikg.history.archfixture;

import org.eclipse.jgit.lib.Repository;

/** Breaks the layering on purpose (git read outside the git package), so that HistoryLayeringTest can show its rule fails. */
public final class WalkThatReadsGitItself {

    private WalkThatReadsGitItself() {}

    static String branch(Repository repository) throws java.io.IOException {
        return repository.getBranch();
    }
}
