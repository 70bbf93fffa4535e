package org.genaikg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One edit of each kind on genai-2024-08, at places chosen from a fixed seed, each followed by an incremental build:
 * after every one the stores agree and export what a fresh build gives. The longer run is
 * {@link RandomEditsBenchmark}.
 */
class RandomEditsTest {

    @Test
    void afterEveryEditTheStoresAgreeAndExportAFreshBuild(@TempDir Path dir) {
        try (EditedKnowledgeBase kb = new EditedKnowledgeBase(EditedKnowledgeBase.GENAI_2024_08, dir, 20261206L)) {
            assertEquals(List.of(), kb.buildAndCheck(), "the first build");
            for (int step = 0; step < 7; step++) { // one edit of each kind
                String edit = kb.edit();
                assertEquals(List.of(), kb.buildAndCheck(), "after edit " + edit);
            }
        }
    }
}
