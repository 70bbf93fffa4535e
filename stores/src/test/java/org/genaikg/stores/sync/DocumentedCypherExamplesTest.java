package org.genaikg.stores.sync;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.docs.DocumentedExamples;
import org.genaikg.extractor.docs.DocumentedExamples.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;

/** Every {@code cypher} block of the documentation (README.md, docs/) runs on stores loaded with a change set and answers something. */
class DocumentedCypherExamplesTest {

    @Test
    void everyDocumentedCypherExampleAnswers(@TempDir Path docs, @TempDir Path data) {
        List<Example> examples = DocumentedExamples.of("cypher");
        ScenarioPages.writeFirstVersion(docs);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, StoreSettings.defaults().withBoltPort(0));
             Driver driver = GraphDatabase.driver(kb.neo4jConnection().uri(),
                     AuthTokens.basic(kb.neo4jConnection().user(), kb.neo4jConnection().password()))) {
            kb.apply(ChangeSet.between(kb.contents(), new Extractor(ScenarioPages.OPTIONS).extract(docs, ProgressListener.NONE)));
            for (Example example : examples) {
                List<Record> records = driver.executableQuery(example.code()).execute().records();
                assertFalse(records.isEmpty(), "no answer from " + example.page() + ":\n" + example.code());
            }
        }
    }
}
