package org.genaikg.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCopyTest {
    @TempDir
    Path dir;

    @Test
    void copiesEveryMarkdownFileOncePerCopyKeepingPaths() throws IOException {
        Path source = dir.resolve("kb");
        write(source.resolve("docs/index.md"), "# Home");
        write(source.resolve("docs/models/models.md"), "# Models");
        write(source.resolve("docs/img/logo.png"), "not markdown");
        Path target = dir.resolve("bench");

        CorpusCopy.copy(source, target, 2);

        assertEquals(List.of(
                        target.resolve("copy-1/docs/index.md"), target.resolve("copy-1/docs/models/models.md"),
                        target.resolve("copy-2/docs/index.md"), target.resolve("copy-2/docs/models/models.md")),
                CorpusCopy.markdownFiles(target));
        assertEquals("# Models", Files.readString(target.resolve("copy-2/docs/models/models.md")));
    }

    @Test
    void deleteRemovesTheWholeFolder() throws IOException {
        Path target = dir.resolve("bench");
        write(target.resolve("copy-1/a/b.md"), "x");

        CorpusCopy.delete(target);

        assertFalse(Files.exists(target));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
