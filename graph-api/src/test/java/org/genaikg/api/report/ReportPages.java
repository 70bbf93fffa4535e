package org.genaikg.api.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Three pages for the report's tests: a paper listed on two of them, a link to a page that is not
 * there ({@code papers.md}, line 6), and a page that names nothing.
 */
public final class ReportPages {
    static final String PAPERS = """
            # Papers

            ??? note "[Shepherd: A Critic for Language Model Generation](https://arxiv.org/abs/2308.04592)"
                Shepherd is a language model tuned to critique answers.

            See also [the old list](old-list.md).
            """;
    static final String CRITICS = """
            # Critics

            ??? note "[Shepherd: A Critic for Language Model Generation](https://arxiv.org/abs/2308.04592)"
                A critic model.
            """;
    static final String EMPTY = "# Nothing here yet\n\nTo be written.\n";

    private ReportPages() {}

    /** Writes the pages into {@code docs} and returns it. */
    public static Path writeTo(Path docs) {
        try {
            Files.createDirectories(docs);
            Files.writeString(docs.resolve("papers.md"), PAPERS, StandardCharsets.UTF_8);
            Files.writeString(docs.resolve("critics.md"), CRITICS, StandardCharsets.UTF_8);
            Files.writeString(docs.resolve("empty.md"), EMPTY, StandardCharsets.UTF_8);
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
