package org.genaikg.history.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.revwalk.RevCommit;
import org.genaikg.extractor.model.Revision;
import org.genaikg.history.model.RevisionRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRepositoryTest {
    @TempDir
    Path temp;

    @Test
    void revisionsAreTheFirstParentChainOldestFirstNumberedFromTheRoot() throws Exception {
        try (ScratchRepository scratch = ScratchRepository.init(temp.resolve("repo"))) {
            RevCommit first = scratch.write("a.md", "# A\n").commit("first");
            scratch.git().checkout().setCreateBranch(true).setName("side").call();
            RevCommit side = scratch.write("b.md", "# B\n").commit("on a side branch");
            scratch.git().checkout().setName("main").call();
            scratch.write("c.md", "# C\n").commit("second");
            scratch.git().merge().include(side).setFastForward(MergeCommand.FastForwardMode.NO_FF).setMessage("merge side").call();
            RevCommit merge = headOf(scratch);

            try (GitRepository repository = GitRepository.open(scratch.folder())) {
                List<Revision> revisions = repository.revisions(RevisionRange.ALL);
                assertEquals(List.of(first.name(), revisions.get(1).commitId(), merge.name()),
                        revisions.stream().map(Revision::commitId).toList());
                assertEquals(List.of(1, 2, 3), revisions.stream().map(Revision::number).toList());
                assertTrue(revisions.stream().noneMatch(r -> r.commitId().equals(side.name())), "a side branch's commit is no revision");
                assertEquals("first", revisions.get(0).subject());
            }
        }
    }

    @Test
    void sinceAndUntilKeepTheNumbersOfTheWholeChain() throws Exception {
        try (ScratchRepository scratch = ScratchRepository.init(temp.resolve("repo"))) {
            for (int i = 1; i <= 5; i++) {
                scratch.write("p.md", "# Page\n\nversion " + i + "\n").commit("version " + i);
            }
            try (GitRepository repository = GitRepository.open(scratch.folder())) {
                List<Revision> all = repository.revisions(RevisionRange.ALL);
                OffsetDateTime since = all.get(1).committedAt();
                OffsetDateTime until = all.get(3).committedAt();
                List<Revision> some = repository.revisions(new RevisionRange(Optional.empty(), Optional.of(since), Optional.of(until)));
                assertEquals(List.of(2, 3, 4), some.stream().map(Revision::number).toList());
            }
        }
    }

    @Test
    void anUnknownBranchIsNamedWithTheBranchesThereAre() throws Exception {
        try (ScratchRepository scratch = ScratchRepository.init(temp.resolve("repo"))) {
            scratch.write("a.md", "# A\n").commit("first");
            try (GitRepository repository = GitRepository.open(scratch.folder())) {
                GitRepositoryException e = assertThrows(GitRepositoryException.class,
                        () -> repository.revisions(new RevisionRange(Optional.of("develop"), Optional.empty(), Optional.empty())));
                assertTrue(e.getMessage().contains("no branch develop (branches: main)"), e.getMessage());
            }
        }
    }

    @Test
    void aFolderThatIsNoRepositoryIsRefusedByName() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        GitRepositoryException e = assertThrows(GitRepositoryException.class, () -> GitRepository.open(plain));
        assertTrue(e.getMessage().startsWith(plain + ": not a git repository"), e.getMessage());
    }

    @Test
    void aFileThatIsNoBundleIsRefusedByName() throws Exception {
        Path notABundle = Files.writeString(temp.resolve("notes.bundle"), "hello");
        GitRepositoryException e = assertThrows(GitRepositoryException.class, () -> GitRepository.open(notABundle));
        assertTrue(e.getMessage().startsWith(notABundle + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("bundle"), e.getMessage());
    }

    @Test
    void aMissingPathIsRefusedByName() {
        Path missing = temp.resolve("missing");
        GitRepositoryException e = assertThrows(GitRepositoryException.class, () -> GitRepository.open(missing));
        assertEquals(missing + ": no such repository folder or bundle file", e.getMessage());
    }

    @Test
    void pagesAreTheMarkdownFilesBelowTheMkdocsDocsDir() throws Exception {
        try (ScratchRepository scratch = ScratchRepository.init(temp.resolve("repo"))) {
            scratch.write("mkdocs.yml", "site_name: x\ndocs_dir: 'pages'\n")
                    .write("pages/index.md", "# Home\n").write("pages/models/llm.MD", "# LLMs\n")
                    .write("pages/img.png", "png").write("README.md", "# Readme\n").commit("site");
            try (GitRepository repository = GitRepository.open(scratch.folder())) {
                Revision only = repository.revisions(RevisionRange.ALL).get(0);
                CommitPages pages = repository.pages(only, Optional.empty());
                assertEquals("pages", pages.root());
                assertEquals(List.of("index.md", "models/llm.MD"), pages.paths());
                assertEquals("# LLMs\n", pages.read("models/llm.MD", 1000).text());
            }
        }
    }

    @Test
    void aPageOverTheSizeLimitIsRefusedWithItsSize() throws Exception {
        try (ScratchRepository scratch = ScratchRepository.init(temp.resolve("repo"))) {
            scratch.write("big.md", "x".repeat(100)).commit("big");
            try (GitRepository repository = GitRepository.open(scratch.folder())) {
                CommitPages pages = repository.pages(repository.revisions(RevisionRange.ALL).get(0), Optional.empty());
                java.io.IOException e = assertThrows(java.io.IOException.class, () -> pages.read("big.md", 10));
                assertEquals("file is 100 bytes, over the limit of 10", e.getMessage());
            }
        }
    }

    @Test
    void changesNameAddedModifiedDeletedAndRenamedPages() throws Exception {
        try (ScratchRepository scratch = ScratchRepository.init(temp.resolve("repo"))) {
            String longPage = "# Agents\n\n" + "Agents plan, act and observe in a loop.\n".repeat(20);
            scratch.write("a.md", longPage).write("b.md", "# B\n").write("c.md", "# C\n").commit("three pages");
            scratch.move("a.md", "agents/a.md").write("b.md", "# B\n\nmore\n").delete("c.md").write("d.md", "# D\n").commit("reorganise");
            try (GitRepository repository = GitRepository.open(scratch.folder())) {
                List<Revision> revisions = repository.revisions(RevisionRange.ALL);
                CommitPages first = repository.pages(revisions.get(0), Optional.empty());
                CommitPages second = repository.pages(revisions.get(1), Optional.of(first));
                assertEquals(List.of("a.md", "b.md", "c.md"), repository.changes(Optional.empty(), first).added());
                PageChanges changes = repository.changes(Optional.of(first), second);
                assertEquals(List.of("d.md"), changes.added());
                assertEquals(List.of("b.md"), changes.modified());
                assertEquals(List.of("c.md"), changes.deleted());
                assertEquals(List.of(new PageChanges.Rename("a.md", "agents/a.md", 100)), changes.renamed());
            }
        }
    }

    @Test
    void aMoveOfThePagesRootIsARenameOfEveryPage() throws Exception {
        try (ScratchRepository scratch = ScratchRepository.init(temp.resolve("repo"))) {
            scratch.write("mkdocs.yml", "site_name: x\ndocs_dir: pages\n").write("pages/a.md", "# A\n").commit("mkdocs");
            scratch.delete("mkdocs.yml").commit("no more mkdocs: the pages are read from the top");
            try (GitRepository repository = GitRepository.open(scratch.folder())) {
                List<Revision> revisions = repository.revisions(RevisionRange.ALL);
                CommitPages first = repository.pages(revisions.get(0), Optional.empty());
                CommitPages second = repository.pages(revisions.get(1), Optional.of(first));
                assertEquals(List.of("pages/a.md"), second.paths());
                PageChanges changes = repository.changes(Optional.of(first), second);
                assertEquals(List.of(new PageChanges.Rename("a.md", "pages/a.md", 100)), changes.renamed());
                assertEquals(0, changes.added().size() + changes.deleted().size() + changes.modified().size());
            }
        }
    }

    private static RevCommit headOf(ScratchRepository scratch) throws Exception {
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(scratch.git().getRepository())) {
            return walk.parseCommit(scratch.git().getRepository().resolve("HEAD"));
        }
    }
}
