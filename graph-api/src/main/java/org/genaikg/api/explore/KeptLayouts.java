package org.genaikg.api.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.genaikg.api.index.IndexedEdge;
import org.genaikg.api.web.Elements.Position;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole graph's layout kept on disk ({@code DATA/layout/HASH.tsv}), keyed by a hash of what the layout
 * is computed from (the nodes in order, their degrees, the edges, and the layout's own version), so that a
 * restart of {@code kg serve} on an unchanged graph reads it instead of computing it again. Only the latest
 * layout is kept. A file that cannot be read, or does not place every node, is computed again.
 */
final class KeptLayouts {
    private static final Logger LOG = LoggerFactory.getLogger(KeptLayouts.class);

    /** Raise it whenever {@link OverviewLayout} places nodes differently, so that no older layout is read. */
    static final int LAYOUT_VERSION = 1;

    private final Optional<Path> folder;
    private final Function<Subgraph, Map<String, Position>> layout;

    /** Keeps layouts in {@code folder} (none: always computes) and computes them with {@code layout}. */
    KeptLayouts(Optional<Path> folder, Function<Subgraph, Map<String, Position>> layout) {
        this.folder = folder;
        this.layout = layout;
    }

    /** The layout of {@code whole}: the kept one if it was computed from the same graph, else computed and kept. */
    Map<String, Position> of(Subgraph whole) {
        if (folder.isEmpty()) {
            return layout.apply(whole);
        }
        Path file = folder.get().resolve(key(whole) + ".tsv");
        Optional<Map<String, Position>> kept = read(file, whole);
        if (kept.isPresent()) {
            return kept.get();
        }
        Map<String, Position> positions = layout.apply(whole);
        write(file, positions);
        return positions;
    }

    static String key(Subgraph whole) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            StringBuilder text = new StringBuilder("layout ").append(LAYOUT_VERSION).append('\n');
            whole.nodes().forEach(n -> text.append(n.iri()).append('\t').append(whole.degrees().getOrDefault(n.iri(), 0)).append('\n'));
            for (IndexedEdge e : whole.edges()) {
                text.append(e.source()).append('\t').append(e.relation().name()).append('\t').append(e.target()).append('\n');
            }
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Optional<Map<String, Position>> read(Path file, Subgraph whole) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Map<String, Position> positions = new HashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t");
                positions.put(parts[0], new Position(Double.parseDouble(parts[1]), Double.parseDouble(parts[2])));
            }
            boolean complete = whole.nodes().stream().allMatch(n -> positions.containsKey(n.iri()));
            if (!complete) {
                LOG.warn("The kept layout {} does not place every node; it is computed again", file);
            }
            return complete ? Optional.of(positions) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The kept layout {} cannot be read ({}); it is computed again", file, e.toString());
            return Optional.empty();
        }
    }

    /** Written beside, then moved in place; the layouts of other graphs are removed. A failure only costs the next start. */
    private static void write(Path file, Map<String, Position> positions) {
        try {
            Path dir = file.getParent();
            Files.createDirectories(dir);
            StringBuilder text = new StringBuilder();
            positions.forEach((iri, p) -> text.append(iri).append('\t')
                    .append(String.format(Locale.ROOT, "%s\t%s", Double.toString(p.x()), Double.toString(p.y()))).append('\n'));
            Path partial = dir.resolve(file.getFileName() + ".partial");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            List<Path> others;
            try (Stream<Path> listed = Files.list(dir)) {
                others = listed.filter(other -> !other.equals(file)).toList();
            }
            for (Path other : others) {
                Files.deleteIfExists(other);
            }
        } catch (IOException e) {
            LOG.warn("The layout could not be kept in {} ({}); the next start computes it again", file.getParent(), e.toString());
        }
    }
}
