package org.genaikg.api.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled example knowledge base: its checked-in file list and the folder it is copied from agree. */
class ExampleKnowledgeBaseTest {
    static final Path SOURCE = Path.of("../examples/knowledge-base");

    @TempDir
    Path dir;

    @Test
    void theFileListNamesEveryFileOfTheExampleFolderAndNoOther() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCE)) {
            assertThat(ExampleKnowledgeBase.files()).containsExactlyInAnyOrderElementsOf(
                    files.filter(Files::isRegularFile).map(f -> SOURCE.relativize(f).toString().replace('\\', '/')).toList());
        }
    }

    @Test
    void copyingGivesTheSameFilesAndKeepsEditedOnes() throws IOException {
        Path target = dir.resolve("example-kb");
        ExampleKnowledgeBase.copyTo(target);
        for (String file : ExampleKnowledgeBase.files()) {
            assertThat(target.resolve(file)).hasSameBinaryContentAs(SOURCE.resolve(file));
        }
        Path index = target.resolve("docs/index.md");
        Files.writeString(index, "# Edited");

        ExampleKnowledgeBase.copyTo(target);

        assertThat(index).hasContent("# Edited");
    }
}
