package org.genaikg.history.walk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.genaikg.extractor.model.Revision;
import org.genaikg.extractor.rdf.HistoryMapping;
import org.genaikg.ontology.History;

/**
 * The exact graph of every revision, kept as the change from the previous one: one RDF Patch per
 * revision ({@code NNNNNN-COMMIT.rdfp.gz}, quads of the graph as a dump of that revision holds them:
 * the default graph for what no document gave). Replaying the patches up to a revision gives that
 * revision's graph. Its header names the revision and the one before.
 */
public final class PatchLog {
    private static final String SUFFIX = ".rdfp.gz";
    private static final String NUMBER = "number";
    private static final String COMMIT = "commit";
    private static final String COMMITTED_AT = "committedAt";

    /** A revision the log holds, as its patch's header names it. */
    public record Entry(int number, String commitId, OffsetDateTime committedAt) {}

    private final Path folder;

    public PatchLog(Path folder) {
        this.folder = folder;
    }

    /** Removes every patch: the log starts again. */
    public void clear() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the history's patches in " + folder, e);
        }
    }

    /** Writes the patch that turns the previous revision's graph into this one's. */
    public void write(Revision revision, Revision previous, Set<Quad> deleted, Set<Quad> added) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(String.format("%06d-%s%s", revision.number(), revision.shortId(), SUFFIX));
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
                RDFChangesWriterText writer = RDFPatchOps.textWriter(out);
                writer.start();
                writer.header("id", NodeFactory.createURI(History.revisionIri(revision.commitId())));
                if (previous != null) {
                    writer.header("prev", NodeFactory.createURI(History.revisionIri(previous.commitId())));
                }
                writer.header(NUMBER, NodeFactory.createLiteralDT(Integer.toString(revision.number()), XSDDatatype.XSDinteger));
                writer.header(COMMIT, NodeFactory.createLiteralString(revision.commitId()));
                writer.header(COMMITTED_AT, NodeFactory.createLiteralDT(HistoryMapping.dateTime(revision.committedAt()), XSDDatatype.XSDdateTime));
                writer.txnBegin();
                deleted.forEach(q -> writer.delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
                added.forEach(q -> writer.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
                writer.txnCommit();
                writer.finish();
                writer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the history's patch for " + revision.shortId() + " in " + folder, e);
        }
    }

    /** The revisions the log holds, oldest first, read from their patches' headers. */
    public List<Entry> revisions() {
        List<Entry> entries = new ArrayList<>();
        for (Path file : patches()) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                PatchHeader header = RDFPatchOps.readHeader(in);
                entries.add(new Entry(number(file), header.get(COMMIT).getLiteralLexicalForm(),
                        OffsetDateTime.parse(header.get(COMMITTED_AT).getLiteralLexicalForm())));
            } catch (IOException | RuntimeException e) {
                throw new UncheckedIOException("cannot read the header of the history's patch " + file,
                        e instanceof IOException io ? io : new IOException(e.getMessage(), e));
            }
        }
        return entries;
    }

    /** The graph of revision {@code number}: every patch up to it, applied in order to an empty dataset. */
    public DatasetGraph replay(int number) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        for (Path file : patches()) {
            if (number(file) > number) {
                break;
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                RDFPatchOps.applyChange(dataset, in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the history's patch " + file, e);
            }
        }
        return dataset;
    }

    private List<Path> patches() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(PatchLog::number)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the history's patches in " + folder, e);
        }
    }

    private static int number(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(0, name.indexOf('-')));
    }
}
