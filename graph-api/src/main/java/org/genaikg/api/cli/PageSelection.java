package org.genaikg.api.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.source.FolderPages;
import picocli.CommandLine.Option;

/** Which pages of the knowledge-base folder a command reads: {@code --exclude}, for build, report and publish alike. */
final class PageSelection {
    @Option(names = "--exclude", paramLabel = "PATTERN",
            description = "Leave out the pages and folders this pattern matches, relative to the pages folder (repeatable): "
                    + "'Managenai/' (a folder named so at any depth), '*/leaked/*', '**/drafts/**'; with those of kg.yaml.")
    List<String> exclude = new ArrayList<>();

    /** The extraction options with {@code threads} and these exclusions. */
    ExtractionOptions options(int threads) {
        return new ExtractionOptions(threads, ExtractionOptions.DEFAULT_MAX_FILE_BYTES).withExclude(exclude);
    }

    /** The pages of {@code docs} without the excluded ones. */
    FolderPages pages(Path docs) {
        return FolderPages.of(docs, exclude);
    }
}
