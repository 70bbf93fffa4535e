package org.genaikg.api.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The latest {@link GraphSnapshot} kept on disk ({@code DATA/snapshot/KEY.bin}) under the {@link GraphKey}
 * of the graph it was loaded from, so that a restart of {@code kg serve} on an unchanged graph reads it
 * instead of querying the store. A file of another format version, or that cannot be read, is ignored
 * (the snapshot is loaded from the store and kept again).
 */
final class KeptSnapshots {
    private static final Logger LOG = LoggerFactory.getLogger(KeptSnapshots.class);

    /** Raise it whenever the file's layout or what a snapshot holds changes, so that no older file is read. */
    static final int FORMAT_VERSION = 1;
    private static final int MAGIC = 0x6b67736e; // "kgsn"

    private final Path folder;

    KeptSnapshots(Path folder) {
        this.folder = folder;
    }

    Optional<GraphSnapshot> read(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT_VERSION) {
                return Optional.empty();
            }
            int nodeCount = in.readInt();
            List<IndexedNode> nodes = new ArrayList<>(nodeCount);
            for (int i = 0; i < nodeCount; i++) {
                String iri = text(in);
                NodeKind kind = NodeKind.valueOf(text(in));
                String label = text(in);
                int aliasCount = in.readInt();
                List<String> aliases = new ArrayList<>(aliasCount);
                for (int a = 0; a < aliasCount; a++) {
                    aliases.add(text(in));
                }
                nodes.add(new IndexedNode(iri, kind, label, aliases, text(in)));
            }
            int edgeCount = in.readInt();
            List<IndexedEdge> edges = new ArrayList<>(edgeCount);
            for (int i = 0; i < edgeCount; i++) {
                edges.add(new IndexedEdge(text(in), Relation.valueOf(text(in)), text(in)));
            }
            return Optional.of(GraphSnapshot.of(nodes, edges));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The kept snapshot {} cannot be read ({}): it is loaded from the store", file, e.toString());
            return Optional.empty();
        }
    }

    /** Keeps {@code snapshot} under {@code key}, replacing any other kept snapshot. */
    void write(String key, GraphSnapshot snapshot) {
        Path file = file(key);
        Path partial = folder.resolve(key + ".partial");
        try {
            Files.createDirectories(folder);
            try (OutputStream stream = Files.newOutputStream(partial);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT_VERSION);
                out.writeInt(snapshot.nodes().size());
                for (IndexedNode node : snapshot.nodes().values()) {
                    text(out, node.iri());
                    text(out, node.kind().name());
                    text(out, node.label());
                    out.writeInt(node.aliases().size());
                    for (String alias : node.aliases()) {
                        text(out, alias);
                    }
                    text(out, node.context());
                }
                out.writeInt(snapshot.edges().size());
                for (IndexedEdge edge : snapshot.edges()) {
                    text(out, edge.source());
                    text(out, edge.relation().name());
                    text(out, edge.target());
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> kept = Files.list(folder)) {
                for (Path other : (Iterable<Path>) kept.filter(p -> !p.equals(file))::iterator) {
                    Files.deleteIfExists(other);
                }
            }
        } catch (IOException e) {
            LOG.warn("The snapshot cannot be kept in {} ({}): the next start loads it from the store", folder, e.toString());
        }
    }

    private Path file(String key) {
        return folder.resolve(key + ".bin");
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
