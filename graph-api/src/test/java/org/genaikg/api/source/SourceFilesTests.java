package org.genaikg.api.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genaikg.api.web.SourceNotFound;
import org.genaikg.api.web.SourceRejected;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

class SourceFilesTests {
    @TempDir
    Path dir;

    SourceFiles files;

    @BeforeEach
    void knowledgeBase() throws IOException {
        Path kb = Files.createDirectories(dir.resolve("kb/sub"));
        Files.writeString(kb.resolve("page.md"), "one\ntwo\nthree\nfour\nfive\n");
        Files.writeString(dir.resolve("outside.md"), "secret\n");
        Files.createSymbolicLink(kb.resolve("inside-link.md"), kb.resolve("page.md"));
        Files.createSymbolicLink(kb.resolve("outside-link.md"), dir.resolve("outside.md"));
        Files.createSymbolicLink(dir.resolve("kb/linked-dir"), dir);
        files = new SourceFiles(dir.resolve("kb"));
    }

    @Test
    void excerptIsClampedToTheFile() {
        SourceFiles.Excerpt excerpt = files.excerpt("sub/page.md", 99, 1);
        assertThat(excerpt.line()).isEqualTo(5);
        assertThat(excerpt.from()).isEqualTo(4);
        assertThat(excerpt.to()).isEqualTo(5);
        assertThat(excerpt.lines()).extracting(SourceFiles.Line::text).containsExactly("four", "five");
    }

    @Test
    void symbolicLinkInsideTheFolderIsFollowed() {
        assertThat(files.excerpt("sub/inside-link.md", 1, 0).lines()).extracting(SourceFiles.Line::text)
                .containsExactly("one");
    }

    @Test
    void symbolicLinksLeadingOutsideAreForbidden() {
        assertRejected("sub/outside-link.md", HttpStatus.FORBIDDEN);
        assertRejected("linked-dir/outside.md", HttpStatus.FORBIDDEN);
    }

    @Test
    void parentSegmentsAbsolutePathsAndDrivesAreMalformed() {
        assertRejected("../outside.md", HttpStatus.BAD_REQUEST);
        assertRejected("sub/../../outside.md", HttpStatus.BAD_REQUEST);
        assertRejected("sub\\..\\..\\outside.md", HttpStatus.BAD_REQUEST);
        assertRejected(dir.resolve("outside.md").toString(), HttpStatus.BAD_REQUEST);
        assertRejected("C:/Windows/win.ini", HttpStatus.BAD_REQUEST);
        assertRejected("", HttpStatus.BAD_REQUEST);
    }

    @Test
    void foldersAreNotFiles() {
        assertRejected("sub", HttpStatus.BAD_REQUEST);
    }

    @Test
    void missingFileIsNotFound() {
        assertThatThrownBy(() -> files.excerpt("sub/none.md", 1, 1)).isInstanceOf(SourceNotFound.class);
    }

    void assertRejected(String path, HttpStatus status) {
        assertThatThrownBy(() -> files.excerpt(path, 1, 1))
                .isInstanceOfSatisfying(SourceRejected.class, e -> assertThat(e.status()).isEqualTo(status));
    }
}
