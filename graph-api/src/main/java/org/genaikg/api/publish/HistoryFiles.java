package org.genaikg.api.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genaikg.api.history.HistoryReader;
import org.genaikg.api.store.GraphReader;
import org.genaikg.api.store.NodeIds;
import org.genaikg.extractor.model.GraphHistory;
import org.genaikg.extractor.rdf.HistoryMapping;
import tools.jackson.databind.ObjectWriter;

/**
 * The history of a site published with {@code kg publish --repo}: what {@code /api/history/revisions},
 * {@code /growth} and {@code /nodes/{id}} answer, read by the API's own {@link HistoryReader} from the
 * history graph ({@link HistoryMapping}) held in memory, so the published panel says what the served
 * one says. One file per node the history ever saw, the ones gone since included.
 */
final class HistoryFiles {
    private HistoryFiles() {}

    /** Writes the history's files under {@code out}, the node files {@code threads} at a time; answers how many nodes. */
    static int write(GraphHistory history, Path out, ObjectWriter json, int threads) {
        GraphReader graph = new GraphReader(NodeFiles.inMemory(HistoryMapping.toGraph(history)));
        HistoryReader reader = new HistoryReader(graph);
        StaticSite.write(json, out, StaticPaths.REVISIONS, reader.revisions());
        StaticSite.write(json, out, StaticPaths.GROWTH, reader.growth());
        List<String> ids = history.nodes().keySet().stream().map(NodeIds::shortId).sorted().toList();
        InParallel.forEach(ids, threads, "the history files", id -> {
            Path file = out.resolve(StaticPaths.nodeHistory(id));
            Files.createDirectories(file.getParent());
            json.writeValue(file.toFile(), reader.node(id));
        });
        return ids.size();
    }
}
