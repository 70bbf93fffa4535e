package org.genaikg.stores.sync;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.extractor.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;

/** Every {@code cypher} block of the project README runs on a store loaded by {@code update} and answers something. */
class ReadmeCypherExamplesTest {

    private static final Pattern CYPHER_BLOCK = Pattern.compile("```cypher\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyReadmeCypherExampleAnswers(@TempDir Path docs, @TempDir Path data) throws IOException {
        List<String> examples = new ArrayList<>();
        Matcher matcher = CYPHER_BLOCK.matcher(Files.readString(Path.of("..", "README.md")));
        while (matcher.find()) {
            examples.add(matcher.group(1));
        }
        assertFalse(examples.isEmpty(), "no cypher block in the README");
        ScenarioPages.writeFirstVersion(docs);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, StoreSettings.defaults().withBoltPort(0));
             Driver driver = GraphDatabase.driver(kb.neo4jConnection().uri(),
                     AuthTokens.basic(kb.neo4jConnection().user(), kb.neo4jConnection().password()))) {
            kb.update(docs, ScenarioPages.OPTIONS, ProgressListener.NONE);
            for (String example : examples) {
                List<Record> records = driver.executableQuery(example).execute().records();
                assertTrue(!records.isEmpty(), "no answer from\n" + example);
            }
        }
    }
}
