package org.genaikg.extractor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.PageCache;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files of a pages folder are read, and what is said about the others. Tests run as root
 * on the build machines, and root reads a {@code chmod 000} file or folder anyway: the denial
 * itself is then given to {@link FolderPages} by a {@link FolderPages.Disk} that fails the way the
 * JDK fails on such a file ({@link AccessDeniedException}); the tests that really chmod run only
 * where that denies.
 */
class FolderPagesTest {
    private static final String PAGE = "# A\n\nBERT is a language model.\n";

    @TempDir
    Path docs;

    private final Extractor extractor = new Extractor(new ExtractionOptions(2, 1 << 20));

    @BeforeEach
    void twoPages() throws IOException {
        Files.writeString(docs.resolve("a.md"), PAGE);
        Files.createDirectories(docs.resolve("other"));
        Files.writeString(docs.resolve("other/b.md"), "# B\n\nGPT-4 is a language model.\n");
    }

    private static Problem problemOf(KnowledgeGraph graph, String path) {
        List<Problem> found = graph.problems().stream().filter(p -> p.path().equals(path)).toList();
        assertEquals(1, found.size(), graph.problems().toString());
        return found.get(0);
    }

    /** A chmod 000 denies the reader here (it does not when the tests run as root). */
    private boolean permissionsDeny() throws IOException {
        Path probe = Files.writeString(Files.createTempFile(docs.getParent(), "probe", ".txt"), "x");
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
        boolean denied = !Files.isReadable(probe);
        Files.delete(probe);
        return denied;
    }

    /** The real disk, except that listing {@code folder} or reading {@code file} is denied. */
    private static FolderPages.Disk denying(Path folder, Path file) {
        return new FolderPages.Disk() {
            @Override
            public List<Path> list(Path here) throws IOException {
                if (here.equals(folder)) {
                    throw new AccessDeniedException(here.toString());
                }
                return FolderPages.Disk.REAL.list(here);
            }

            @Override
            public byte[] read(Path here) throws IOException {
                if (here.equals(file)) {
                    throw new AccessDeniedException(here.toString());
                }
                return FolderPages.Disk.REAL.read(here);
            }
        };
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoNamedLikeAPageIsSkippedSayingWhatItIs() throws Exception {
        // before: reading it blocked the build for ever
        assertEquals(0, new ProcessBuilder("mkfifo", docs.resolve("x.md").toString()).start().waitFor());

        KnowledgeGraph graph = extractor.extract(docs, ProgressListener.NONE);

        assertEquals(2, graph.documents());
        assertEquals("skipped: not a regular file (a FIFO)", problemOf(graph, "x.md").reason());
    }

    @Test
    void aFolderThatCannotBeListedIsSkippedAndNamedWhileTheRestIsRead() throws IOException {
        Path locked = Files.createDirectories(docs.resolve("locked"));
        Files.writeString(locked.resolve("c.md"), PAGE);

        FolderPages pages = FolderPages.of(docs, List.of(), denying(locked.toAbsolutePath(), null));

        assertEquals(List.of("a.md", "other/b.md"), pages.paths());
        assertEquals(List.of(new Problem(Problem.Severity.SKIPPED_FILE, "locked/", 0, "skipped folder: permission denied")),
                pages.skipped());
    }

    @Test
    void aChmod000FolderIsSkippedAndNamedWhileTheRestIsBuilt() throws IOException {
        assumeTrue(permissionsDeny(), "chmod 000 denies nothing to root");
        Path locked = Files.createDirectories(docs.resolve("locked"));
        Files.writeString(locked.resolve("c.md"), PAGE);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            // before: AccessDeniedException from the folder's walk, exit 1, no page built
            KnowledgeGraph graph = extractor.extract(docs, ProgressListener.NONE);

            assertEquals(2, graph.documents());
            assertEquals("skipped folder: permission denied", problemOf(graph, "locked/").reason());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFileThatCannotBeReadIsSkippedSayingWhy() {
        FolderPages pages = FolderPages.of(docs, List.of(), denying(null, docs.resolve("a.md").toAbsolutePath()));

        KnowledgeGraph graph = extractor.extract(pages, ProgressListener.NONE, PageCache.NONE);

        assertEquals(1, graph.documents());
        assertEquals("skipped: permission denied", problemOf(graph, "a.md").reason());
    }

    @Test
    void aChmod000FileIsSkippedSayingWhy() throws IOException {
        assumeTrue(permissionsDeny(), "chmod 000 denies nothing to root");
        Files.setPosixFilePermissions(docs.resolve("a.md"), PosixFilePermissions.fromString("---------"));

        KnowledgeGraph graph = extractor.extract(docs, ProgressListener.NONE);

        // before: "skipped: /tmp/.../a.md", the path and nothing else
        assertEquals("skipped: permission denied", problemOf(graph, "a.md").reason());
    }

    @Test
    void aLinkToNothingIsSkippedSayingSo() throws IOException {
        Files.createSymbolicLink(docs.resolve("gone.md"), docs.resolve("nowhere.md"));

        KnowledgeGraph graph = extractor.extract(docs, ProgressListener.NONE);

        assertEquals(2, graph.documents());
        assertEquals("skipped: a symbolic link to nothing", problemOf(graph, "gone.md").reason());
    }

    @Test
    void aLinkToAFileOutsideThePagesIsNeitherReadNorAPage(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0:the secret line:/root:/bin/bash\n");
        Files.createSymbolicLink(docs.resolve("passwd.md"), secret);

        KnowledgeGraph graph = extractor.extract(docs, ProgressListener.NONE);

        // before: passwd.md became a Document and its line a sourceText
        assertEquals(2, graph.documents());
        assertEquals("skipped: a symbolic link to a file outside the pages folder", problemOf(graph, "passwd.md").reason());
        assertFalse(graph.toString().contains("the secret line"));
    }

    @Test
    void aLinkToAPageInsideIsRead() throws IOException {
        Files.createSymbolicLink(docs.resolve("alias.md"), docs.resolve("other/b.md"));

        FolderPages pages = FolderPages.of(docs);

        assertEquals(List.of("a.md", "alias.md", "other/b.md"), pages.paths());
        assertTrue(pages.skipped().isEmpty());
    }

    @Test
    void readingRefusesWhatTheListingWouldNotGive(@TempDir Path elsewhere) throws IOException {
        FolderPages pages = FolderPages.of(docs);
        Files.createSymbolicLink(docs.resolve("late.md"), Files.writeString(elsewhere.resolve("x.md"), "secret"));

        PageFiles.Refused refused = org.junit.jupiter.api.Assertions.assertThrows(PageFiles.Refused.class,
                () -> pages.read("late.md", 1 << 20));
        assertEquals(PageFiles.Refusal.OUTSIDE, refused.refusal());
        assertEquals(PageFiles.Refusal.MALFORMED, org.junit.jupiter.api.Assertions.assertThrows(PageFiles.Refused.class,
                () -> pages.read("other/../../x.md", 1 << 20)).refusal());
    }
}
