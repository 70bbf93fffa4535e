package org.genaikg.history.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real history in the repository's test data: testdata/history/genai-history.bundle. */
public final class HistoryBundle {
    /** Commits on its first-parent chain. */
    public static final int REVISIONS = 390;
    /** Its HEAD. */
    public static final String HEAD = "7b7c0be2ee5da28876c3866d888b92bdc98538e0";

    private HistoryBundle() {}

    public static Path path() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path bundle = dir.resolve("testdata/history/genai-history.bundle");
            if (Files.isRegularFile(bundle)) {
                return bundle;
            }
        }
        throw new IllegalStateException("testdata/history/genai-history.bundle not found above " + Path.of("").toAbsolutePath());
    }
}
