package org.genaikg.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart on the same graph reads the snapshot kept under its key; any other key, or a damaged file, reads nothing. */
class KeptSnapshotsTests {
    static final String KEY = "a".repeat(64);
    static final String OTHER_KEY = "b".repeat(64);
    static final GraphSnapshot SNAPSHOT = GraphSnapshot.of(List.of(
                    new IndexedNode("https://example.org/model/clip", NodeKind.MODEL, "CLIP", List.of("Clip", "CLIP-ViT"), "CLIP matches images and text — ∀ ünïcode."),
                    new IndexedNode("https://example.org/paper/2103.00020", NodeKind.PAPER, "Learning Transferable Visual Models", List.of(), "")),
            List.of(new IndexedEdge("https://example.org/model/clip", Relation.DESCRIBED_IN, "https://example.org/paper/2103.00020")));

    @TempDir
    Path data;

    KeptSnapshots kept() {
        return new KeptSnapshots(data.resolve("snapshot")); // a new process: nothing in memory
    }

    @Test
    void aSnapshotKeptUnderAKeyIsReadBackWhole() {
        kept().write(KEY, SNAPSHOT);

        GraphSnapshot read = kept().read(KEY).orElseThrow();

        assertThat(read.nodes()).isEqualTo(SNAPSHOT.nodes());
        assertThat(read.edges()).isEqualTo(SNAPSHOT.edges());
    }

    @Test
    void anotherKeyReadsNothingAndOnlyTheLatestSnapshotIsKept() throws IOException {
        kept().write(KEY, SNAPSHOT);
        kept().write(OTHER_KEY, GraphSnapshot.of(List.of(), List.of()));

        assertThat(kept().read(KEY)).isEmpty();
        assertThat(kept().read(OTHER_KEY)).hasValueSatisfying(s -> assertThat(s.nodes()).isEmpty());
        try (var files = Files.list(data.resolve("snapshot"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly(OTHER_KEY + ".bin");
        }
    }

    @Test
    void aDamagedFileOrOneOfAnotherVersionReadsNothing() throws IOException {
        kept().write(KEY, SNAPSHOT);
        Path file = data.resolve("snapshot").resolve(KEY + ".bin");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(kept().read(KEY)).isEmpty();

        whole[7]++; // the format version, after the magic number
        Files.write(file, whole);
        assertThat(kept().read(KEY)).isEmpty();
    }
}
