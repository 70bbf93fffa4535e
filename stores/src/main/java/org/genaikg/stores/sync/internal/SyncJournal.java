package org.genaikg.stores.sync.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.genaikg.extractor.model.KnowledgeGraph;

/**
 * {@code dataDir/sync/journal}: written (and forced to disk) before a rebuild touches a store,
 * deleted once both stores hold the new graph. It holds the target: each named graph's digest
 * and the whole graph. Found at the next open, it says the last rebuild was interrupted: if the
 * RDF store holds the target (its write committed), Neo4j is brought to it; otherwise neither
 * store was touched (the RDF store is written first) and the journal is dropped.
 */
public final class SyncJournal {

    /** What the interrupted rebuild was writing. */
    public record Entry(Map<String, String> targetDigests, KnowledgeGraph target) implements Serializable {
        public Entry {
            targetDigests = new TreeMap<>(targetDigests);
        }
    }

    private final Path file;

    public SyncJournal(Path dataDir) {
        this.file = dataDir.resolve("sync").resolve("journal");
    }

    public void begin(Entry entry) {
        Path partial = file.resolveSibling("journal.partial");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream bytes = Files.newOutputStream(partial); ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(entry);
            }
            force(partial);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            force(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sync journal " + file, e);
        }
    }

    /** The interrupted rebuild's target, if a journal is there; a journal that cannot be read gives an empty entry. */
    public Optional<Optional<Entry>> pending() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (InputStream bytes = Files.newInputStream(file); ObjectInputStream in = new ObjectInputStream(bytes)) {
            return Optional.of(Optional.of((Entry) in.readObject()));
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
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
