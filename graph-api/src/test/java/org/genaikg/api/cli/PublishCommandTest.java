package org.genaikg.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.genaikg.api.publish.StaticPaths;
import org.genaikg.extractor.rdf.RdfFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code kg publish} on the two-pages fixture and on genai-2026-08-partial (site graph). */
class PublishCommandTest {
    static final Path PAGES = Path.of("src", "test", "resources", "fixtures", "two-pages", "kb");
    static final Path CORPUS = Path.of("..", "testdata", "corpora", "genai-2026-08-partial");
    static final Path HISTORY = Path.of("..", "testdata", "history", "genai-history.bundle");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private JsonNode json(Path file) throws IOException {
        return JSON.readTree(Files.readString(file));
    }

    @Test
    void writesTheExplorerReadingItsFilesWithOneFilePerNodeAndDumpsThatParse() throws IOException {
        Path site = dir.resolve("site");

        CommandRun run = CommandRun.of("publish", "--docs", PAGES.toString(), "--out", site.toString(),
                "--source-url", "https://github.com/org/kb/blob/main/docs/");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("site: " + site.resolve("index.html").toAbsolutePath().normalize(), "2 pages");
        assertThat(Files.readString(site.resolve("index.html"))).contains("<meta name=\"genai-kg-data\" content=\"static\">");
        assertThat(site.resolve("js/main.js")).exists();
        assertThat(site.resolve("webjars/cytoscape/dist/cytoscape.esm.min.mjs")).exists();
        assertThat(site.resolve("webjars/cytoscape/LICENSE")).exists();
        assertThat(site.resolve(".nojekyll")).exists();
        JsonNode info = json(site.resolve(StaticPaths.SITE));
        assertThat(info.get("history").asBoolean()).as("no --repo, no history").isFalse();
        assertThat(site.resolve(StaticPaths.HISTORY)).doesNotExist();
        assertThat(info.get("sourceUrl").asString()).isEqualTo("https://github.com/org/kb/blob/main/docs/");
        assertThat(info.get("stats").get("documents").asLong()).isEqualTo(2);
        JsonNode graph = json(site.resolve(StaticPaths.GRAPH));
        assertThat(graph.get("nodes").size()).isGreaterThan(5);
        for (JsonNode node : graph.get("nodes")) {
            JsonNode details = json(site.resolve(StaticPaths.node(node.get("id").asString())));
            assertThat(details.get("label").asString()).isEqualTo(node.get("label").asString());
        }
        assertThat(json(site.resolve(StaticPaths.SEARCH)).get("entries").size()).isEqualTo(graph.get("nodes").size());
        assertThat(json(site.resolve(StaticPaths.REPORT)).get("checks").size()).isGreaterThan(3);
        assertThat(site.resolve(StaticPaths.page("understanding/models.md"))).hasSameTextualContentAs(
                PAGES.resolve("understanding/models.md"));
        assertThat(json(site.resolve(StaticPaths.related("understanding/models.md"))).get("mentions").size()).isPositive();
        Set<Long> tripleCounts = new HashSet<>();
        for (RdfFormat format : RdfFormat.values()) {
            tripleCounts.add(triples(site.resolve(StaticPaths.dump(format))));
        }
        assertThat(tripleCounts).as("every format holds the same triples").hasSize(1);
        assertThat(triples(site.resolve(StaticPaths.ONTOLOGY))).isPositive();
        assertThat(triples(site.resolve(StaticPaths.SHAPES))).isPositive();
    }

    private static long triples(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.gz$", "");
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            RDFParser.source(in).lang(RDFLanguages.filenameToLang(name)).parse(dataset);
        }
        Set<Object> all = new HashSet<>(dataset.getDefaultGraph().find().toSet());
        all.addAll(dataset.getUnionGraph().find().toSet());
        return all.size();
    }

    @Test
    void theSiteGraphOfACorpusHasExactlyTheShapeASiteReadsAndEveryEdgeJoinsTwoOfItsNodes() throws IOException {
        Path file = dir.resolve("public").resolve("graph.json");

        CommandRun run = CommandRun.of("publish", "--docs", CORPUS.toString(), "--site-graph", file.toString(), "--site-graph-limit", "300");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode graph = json(file);
        assertThat(names(graph)).containsExactlyInAnyOrder("generated", "nodes", "edges");
        assertThat(Instant.parse(graph.get("generated").asString())).isNotNull();
        Set<String> ids = new HashSet<>();
        assertThat(graph.get("nodes").size()).isBetween(1, 300);
        for (JsonNode node : graph.get("nodes")) {
            assertThat(names(node)).containsExactlyInAnyOrder("id", "name", "type", "weight");
            assertThat(node.get("id").isString() && node.get("name").isString() && node.get("type").isString()).isTrue();
            assertThat(node.get("type").asString()).isIn("Model", "Paper", "Concept", "Modality");
            assertThat(node.get("weight").isIntegralNumber()).isTrue();
            assertThat(node.get("weight").asInt()).isPositive();
            assertThat(ids.add(node.get("id").asString())).as("ids are unique").isTrue();
        }
        assertThat(graph.get("edges").size()).as("a site gets real edges").isGreaterThan(50);
        for (JsonNode edge : graph.get("edges")) {
            assertThat(names(edge)).containsExactlyInAnyOrder("source", "target", "type");
            assertThat(ids).contains(edge.get("source").asString(), edge.get("target").asString());
            assertThat(edge.get("type").asString()).isIn("describedIn", "hasCode", "buildsOn", "hasModality", "componentOf", "kindOf");
        }
        assertThat(dir.resolve("site")).doesNotExist();
    }

    private static List<String> names(JsonNode object) {
        return object.propertyNames().stream().toList();
    }

    @Test
    void withNeitherASiteNorASiteGraphItIsABadArgument() {
        CommandRun run = CommandRun.of("publish", "--docs", PAGES.toString());

        assertThat(run.exitCode()).isEqualTo(KgCommand.BAD_ARGUMENTS);
        assertThat(run.err()).contains("give --out DIR");
    }

    @Test
    void thePagesComeFromAFolderOrARepositoryNeverBoth() {
        CommandRun both = CommandRun.of("publish", "--docs", PAGES.toString(), "--repo", HISTORY.toString(), "--out",
                dir.resolve("site").toString());
        CommandRun neither = CommandRun.of("publish", "--out", dir.resolve("site").toString());

        assertThat(both.exitCode()).isEqualTo(KgCommand.BAD_ARGUMENTS);
        assertThat(both.err()).contains("--docs DIR, or --repo DIR|BUNDLE");
        assertThat(neither.exitCode()).isEqualTo(KgCommand.BAD_ARGUMENTS);
        assertThat(neither.err()).contains("--docs DIR, or --repo DIR|BUNDLE");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void aRepositoryWithNoCommitInTheRangeHasNothingToPublish() {
        CommandRun run = CommandRun.of("publish", "--repo", HISTORY.toString(), "--since", "2030-01-01", "--out",
                dir.resolve("site").toString());

        assertThat(run.exitCode()).isEqualTo(KgCommand.NOTHING_BUILT);
        assertThat(run.err()).contains("kg publish: ").contains("no commit of HEAD in the range");
        assertThat(dir.resolve("site").resolve(StaticPaths.SITE)).doesNotExist();
    }

    @Test
    void aFolderThatHoldsSomethingElseIsNeverWrittenInto() throws IOException {
        Path mine = dir.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("notes.txt"), "mine");

        CommandRun run = CommandRun.of("publish", "--docs", PAGES.toString(), "--out", mine.toString());

        assertThat(run.exitCode()).isEqualTo(KgCommand.BAD_ARGUMENTS);
        assertThat(run.err()).contains("neither empty nor a site kg publish wrote");
        try (Stream<Path> files = Files.list(mine)) {
            assertThat(files.toList()).containsExactly(mine.resolve("notes.txt"));
        }
    }

    @Test
    void publishingAgainReplacesTheDataOfTheEarlierSite() throws IOException {
        Path site = dir.resolve("site");
        assertThat(CommandRun.of("publish", "--docs", PAGES.toString(), "--out", site.toString()).exitCode()).isZero();
        Path stale = site.resolve(StaticPaths.node("model/gone"));
        Files.writeString(stale, "{}", StandardCharsets.UTF_8);

        CommandRun again = CommandRun.of("publish", "--docs", PAGES.toString(), "--out", site.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(stale).doesNotExist();
        assertThat(site.resolve(StaticPaths.SITE)).exists();
    }
}
