package org.genaikg.api;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the endpoint tests share: the real application on a random port over the {@code two-pages}
 * fixture ({@link TestKnowledgeBase}), loaded into the test class's temporary folder.
 */
@ApiServerTest
public abstract class TwoPagesApiTest {
    /** The test class's folder: the fixture's pages in {@code docs/}, its TDB2 in {@code data/}. */
    @TempDir
    protected static Path dir;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void knowledgeBase(DynamicPropertyRegistry registry) {
        TestKnowledgeBase.register(registry, dir);
    }
}
