package org.genaikg.history;

import java.nio.file.Path;
import org.genaikg.extractor.rdf.RdfDumpWriter;
import org.genaikg.extractor.rdf.RdfFormat;
import org.genaikg.history.walk.AsOf;
import org.genaikg.history.walk.PatchLog;

/**
 * {@code kg export --as-of}: the graph as it was at a revision, replayed from the data folder's
 * patches, written as a dump: the same dump a build of a checkout of that commit writes (no time
 * terms). Needs no store.
 */
public final class HistoryExport {
    private HistoryExport() {}

    /** What was written: the revision and the format. */
    public record Written(PatchLog.Entry revision, RdfFormat format) {}

    /**
     * @throws AsOf.NoSuchRevision when the data folder's history has no such revision
     */
    public static Written write(Path dataDir, AsOf asOf, Path out) {
        PatchLog patches = HistoryBuild.patches(dataDir);
        PatchLog.Entry revision = asOf.in(patches.revisions());
        RdfFormat format = RdfDumpWriter.write(patches.replay(revision.number()), out);
        return new Written(revision, format);
    }
}
