package org.genaikg.api.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.genaikg.api.explore.OverviewLayoutTests.chain;
import static org.genaikg.api.explore.OverviewLayoutTests.graph;
import static org.genaikg.api.explore.OverviewLayoutTests.star;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.genaikg.api.web.Elements.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart on the same graph reads the layout it kept instead of computing it; any other graph computes its own. */
class KeptLayoutsTests {
    static final Subgraph GRAPH = graph(star("s", 6), chain("c", 4));

    @TempDir
    Path data;

    final AtomicInteger computed = new AtomicInteger();
    final Function<Subgraph, Map<String, Position>> counting = whole -> {
        computed.incrementAndGet();
        return OverviewLayout.of(whole);
    };

    KeptLayouts kept() {
        return new KeptLayouts(Optional.of(data.resolve("layout")), counting); // a new process: nothing in memory
    }

    @Test
    void aSecondStartOnTheSameGraphReadsTheLayoutItKept() {
        Map<String, Position> first = kept().of(GRAPH);
        Map<String, Position> second = kept().of(GRAPH);
        assertThat(computed).hasValue(1);
        assertThat(second).isEqualTo(first).isEqualTo(OverviewLayout.of(GRAPH));
    }

    @Test
    void anotherGraphIsLaidOutAgainAndOnlyTheLatestLayoutIsKept() throws IOException {
        kept().of(GRAPH);
        Subgraph changed = graph(star("s", 6), chain("c", 5));
        Map<String, Position> positions = kept().of(changed);
        assertThat(computed).hasValue(2);
        assertThat(positions).isEqualTo(OverviewLayout.of(changed));
        try (var files = Files.list(data.resolve("layout"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly(KeptLayouts.key(changed) + ".tsv");
        }
    }

    @Test
    void aDamagedOrIncompleteFileIsLaidOutAgain() throws IOException {
        kept().of(GRAPH);
        Path file = data.resolve("layout").resolve(KeptLayouts.key(GRAPH) + ".tsv");
        Files.writeString(file, Files.readAllLines(file).get(0) + "\n"); // one node placed of ten
        assertThat(kept().of(GRAPH)).isEqualTo(OverviewLayout.of(GRAPH));
        Files.writeString(file, "not\ta\tlayout\n");
        assertThat(kept().of(GRAPH)).isEqualTo(OverviewLayout.of(GRAPH));
        assertThat(computed).hasValue(3);
    }

    @Test
    void withoutAFolderItAlwaysComputes() {
        KeptLayouts none = new KeptLayouts(Optional.empty(), counting);
        none.of(GRAPH);
        none.of(GRAPH);
        assertThat(computed).hasValue(2);
    }
}
