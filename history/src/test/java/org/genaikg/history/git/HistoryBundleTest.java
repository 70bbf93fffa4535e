package org.genaikg.history.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.genaikg.extractor.source.FolderPages;
import org.genaikg.extractor.model.Revision;
import org.genaikg.history.model.RevisionRange;
import org.genaikg.history.support.HistoryBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real history (testdata's bundle) as the walk reads it. */
class HistoryBundleTest {
    private static List<Revision> revisions;

    @BeforeAll
    static void walk() {
        try (GitRepository repository = GitRepository.open(HistoryBundle.path())) {
            revisions = repository.revisions(RevisionRange.ALL);
        }
    }

    @Test
    void theBundleHasItsWholeFirstParentChain() {
        assertEquals(HistoryBundle.REVISIONS, revisions.size());
        assertEquals(HistoryBundle.HEAD, revisions.get(revisions.size() - 1).commitId());
        assertEquals("2024-01-08", revisions.get(0).committedAt().toLocalDate().toString());
    }

    @Test
    void commitDatesOnlyGrowAlongTheChain() {
        for (int i = 1; i < revisions.size(); i++) {
            assertFalse(revisions.get(i).committedAt().isBefore(revisions.get(i - 1).committedAt()),
                    revisions.get(i).shortId() + " is dated before its parent");
        }
    }

    /** Per commit, the pages are those a {@code kg build} of a checkout of that commit reads, with the same paths. */
    @Test
    void eachCommitsPagesAreThoseABuildOfItsCheckoutReads(@TempDir Path temp) throws Exception {
        Path checkout = temp.resolve("checkout");
        try (Git git = Git.cloneRepository().setURI(HistoryBundle.path().toUri().toString()).setDirectory(checkout.toFile()).call();
             GitRepository repository = GitRepository.open(HistoryBundle.path())) {
            int lastWithMkdocs = -1;
            java.util.Set<String> roots = new java.util.TreeSet<>();
            Optional<CommitPages> previous = Optional.empty();
            for (int i = 0; i < revisions.size(); i++) {
                CommitPages pages = repository.pages(revisions.get(i), previous);
                roots.add(pages.root());
                if (pages.layout().why().contains("mkdocs.yml")) {
                    lastWithMkdocs = i;
                }
                previous = Optional.of(pages);
            }
            assertEquals(java.util.Set.of("docs"), roots, "the pages are in docs/ before and after the move from MkDocs");
            assertTrue(lastWithMkdocs > 0 && lastWithMkdocs < revisions.size() - 1, "the history crosses the move from MkDocs");
            for (int i : List.of(0, lastWithMkdocs, lastWithMkdocs + 1, revisions.size() - 1)) {
                Revision revision = revisions.get(i);
                git.checkout().setName(revision.commitId()).call();
                CommitPages pages = repository.pages(revision, Optional.empty());
                FolderPages folder = FolderPages.of(checkout);
                assertEquals(folder.layout().root(), pages.root(), revision.shortId());
                assertEquals(folder.paths(), pages.paths(), revision.shortId());
                for (String path : folder.paths()) {
                    assertEquals(folder.navigationTitle(path), pages.navigationTitle(path), revision.shortId() + " " + path);
                }
            }
        }
    }
}
