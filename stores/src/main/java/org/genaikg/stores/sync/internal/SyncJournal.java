package org.genaikg.stores.sync.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.genaikg.extractor.codec.GraphCodec;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code dataDir/sync/journal}: written (and forced to disk) before a write touches a store,
 * deleted once both stores hold the new graph. It holds the target graph, in the versioned format
 * of {@link GraphCodec}. Found at the next open, it says the last write was interrupted: if the
 * RDF store holds the target (its write committed), Neo4j is brought to it; otherwise neither
 * store was touched (the RDF store is written first) and the journal is dropped.
 */
public final class SyncJournal {

    private static final Logger LOG = LoggerFactory.getLogger(SyncJournal.class);

    private final Path file;

    public SyncJournal(Path dataDir) {
        this.file = dataDir.resolve("sync").resolve("journal");
    }

    public void begin(KnowledgeGraph target) {
        Path partial = file.resolveSibling("journal.partial");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                GraphCodec.write(target, out);
            }
            force(partial);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            force(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sync journal " + file, e);
        }
    }

    /**
     * The interrupted write's target, if a journal is there; a journal that cannot be read (damaged,
     * or of an older version) gives an empty target, and says so.
     */
    public Optional<Optional<KnowledgeGraph>> pending() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return Optional.of(Optional.of(GraphCodec.read(in)));
        } catch (IOException e) {
            LOG.warn("The sync journal {} left by an interrupted write cannot be read ({}): the next build compares both stores "
                    + "with the pages in full and brings them in step", file, e.getMessage());
            return Optional.of(Optional.empty());
        }
    }

    public void end() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the sync journal " + file, e);
        }
    }

    private static void force(Path path) {
        try (FileChannel channel = FileChannel.open(path, Files.isDirectory(path) ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a folder; the move is still atomic
        }
    }
}
