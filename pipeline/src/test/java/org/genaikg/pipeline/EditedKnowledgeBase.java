package org.genaikg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.source.FolderPages;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import org.genaikg.stores.sync.ScenarioPages;
import org.genaikg.stores.sync.StoreSettings;
import org.genaikg.stores.sync.VerifyReport;

/**
 * A copy of a real knowledge base built into stores, then edited at random ({@link RandomEdits})
 * and built again after every edit, each time checked: the stores agree ({@code kg verify}) and
 * their export equals a fresh build of the pages.
 */
final class EditedKnowledgeBase implements AutoCloseable {

    static final Path GENAI_2024_08 = Path.of("..", "testdata", "corpora", "genai-2024-08");

    private final Path dir;
    private final Path folder;
    private final BuildPipeline pipeline;
    private final KnowledgeBaseStores stores;
    private final RandomEdits edits;

    EditedKnowledgeBase(Path corpus, Path dir, long seed) {
        this.dir = dir;
        this.folder = dir.resolve("kb");
        copy(corpus, folder);
        Path data = dir.resolve("data");
        this.pipeline = new BuildPipeline(data, ScenarioPages.OPTIONS);
        this.stores = KnowledgeBaseStores.open(data, StoreSettings.defaults().withBoltPort(0));
        this.edits = new RandomEdits(FolderPages.of(folder).root(), seed);
    }

    /** Builds the pages as they are and checks the stores; returns what went wrong, if anything. */
    List<String> buildAndCheck() {
        pipeline.update(FolderPages.of(folder), stores, ProgressListener.NONE);
        VerifyReport report = stores.verify(Integer.MAX_VALUE); // every node, property by property
        if (!report.agree()) {
            return report.differences();
        }
        Path exported = dir.resolve("export.nq");
        stores.export(exported);
        byte[] fresh = ScenarioPages.freshDump(folder, dir.resolve("fresh.nq"));
        return Arrays.equals(fresh, ScenarioPages.read(exported)) ? List.of() : List.of("the export differs from a fresh build");
    }

    /** Makes one edit; says what it did. */
    String edit() {
        return edits.next();
    }

    @Override
    public void close() {
        stores.close();
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
