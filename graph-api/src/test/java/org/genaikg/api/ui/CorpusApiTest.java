package org.genaikg.api.ui;

import java.nio.file.Path;
import org.genaikg.api.ApiServerTest;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What the browser tests share: the real application on a random port serving genai-2024-08 ({@link CorpusKnowledgeBase}). */
@ApiServerTest
abstract class CorpusApiTest {
    @TempDir
    static Path dir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataset(DynamicPropertyRegistry registry) {
        CorpusKnowledgeBase.register(registry, dir);
    }
}
