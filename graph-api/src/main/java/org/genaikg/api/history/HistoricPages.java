package org.genaikg.api.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.genaikg.api.KgProperties;
import org.genaikg.api.web.CommitPrefixes;
import org.genaikg.api.web.SourceNotFound;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.model.Revision;
import org.genaikg.history.HistorySource;
import org.genaikg.history.git.CommitPages;
import org.genaikg.history.git.GitRepository;
import org.genaikg.history.model.RevisionRange;
import org.springframework.stereotype.Component;

/**
 * A page as it was at a commit of the history, read from the repository {@code kg history} walked (recorded in
 * the data folder by {@link HistorySource}). The repository is opened once (a bundle is read into memory then)
 * and kept while its location stays the same.
 */
@Component
class HistoricPages {

    private record Opened(Path location, GitRepository repository, List<Revision> revisions) {}

    private final Path dataDir;
    private Opened opened;

    HistoricPages(KgProperties properties) {
        this.dataDir = properties.dataDir();
    }

    /** The text of the page at {@code path} (relative to the pages' root, as provenance gives it) at {@code commit} (id or 4+ hex prefix). */
    synchronized String page(String commit, String path) {
        String prefix = CommitPrefixes.require(commit, "commit");
        Opened source = open();
        Revision revision = CommitPrefixes.single(
                source.revisions().stream().filter(r -> r.commitId().startsWith(prefix)).toList(), prefix, "commit");
        CommitPages pages = source.repository().pages(revision, Optional.empty());
        if (!pages.paths().contains(path)) {
            throw new SourceNotFound("No page " + path + " in commit " + revision.shortId() + ".");
        }
        try {
            return pages.read(path, ExtractionOptions.DEFAULT_MAX_FILE_BYTES).text();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + " at " + revision.shortId(), e);
        }
    }

    private Opened open() {
        Path location = HistorySource.of(dataDir).orElseThrow(() -> new SourceNotFound(
                "This data folder records no repository: run kg history (again) to read pages as they were."));
        if (opened != null && opened.location().equals(location)) {
            return opened;
        }
        if (!Files.exists(location)) {
            throw new SourceNotFound("The repository kg history walked is no longer at " + location + ".");
        }
        if (opened != null) {
            opened.repository().close();
        }
        GitRepository repository = GitRepository.open(location);
        opened = new Opened(location, repository, repository.revisions(new RevisionRange(Optional.empty(), Optional.empty(), Optional.empty())));
        return opened;
    }
}
