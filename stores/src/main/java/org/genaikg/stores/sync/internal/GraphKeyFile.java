package org.genaikg.stores.sync.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code dataDir/sync/graph-key}: a digest of the named graphs TDB2 holds (of their digests), so that
 * what is kept beside the stores for one graph (the API's snapshot, say) can be matched with it at the
 * next start without reading the store. Deleted before each write of TDB2 and written once it has
 * committed: a key on disk always names what TDB2 holds; a crash in between leaves none.
 */
public final class GraphKeyFile {

    private final Path file;

    public GraphKeyFile(Path dataDir) {
        this.file = dataDir.resolve("sync").resolve("graph-key");
    }

    /** The key of the graph TDB2 holds, if the last write recorded it. */
    public Optional<String> read() {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip()).filter(k -> !k.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Before a write: no key until it has committed. */
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    /** After a write committed (or the store was read back): the key of the named graphs with these digests. */
    public void write(Map<String, String> digests) {
        Path partial = file.resolveSibling("graph-key.partial");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(partial, key(digests) + "\n", StandardCharsets.US_ASCII);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String key(Map<String, String> digests) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(digests).forEach((iri, digest) -> sha.update((iri + "\t" + digest + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
