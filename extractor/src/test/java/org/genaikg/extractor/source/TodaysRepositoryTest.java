package org.genaikg.extractor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg build --docs} on a clone of today's repository (a Next.js site with its pages in
 * {@code docs/}, titles in {@code .pages} files): only the pages are read, exclusions work and
 * say where they came from, and the navigation's titles name the documents.
 */
class TodaysRepositoryTest {
    static final Path REPOSITORY = Path.of("..", "testdata", "layouts", "todays-repository");
    private static final List<String> ALL_PAGES = List.of("Managenai/index.md", "Understanding/index.md",
            "Understanding/leaked/prompts.md", "Understanding/models/index.md", "Understanding/models/language.md", "index.md");

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    @Test
    void onlyThePagesInDocsAreRead() {
        FolderPages pages = FolderPages.of(REPOSITORY);

        assertEquals(ALL_PAGES, pages.paths());
        assertEquals(REPOSITORY.resolve("docs"), pages.root());
        assertEquals("the docs/ folder beside package.json, src, public, scripts", pages.layout().why());
        assertEquals("excluded: .* (default)", pages.layout().describe(REPOSITORY).get(1));
    }

    @Test
    void foldersExcludedOnTheCommandLineAreLeftOutAndListed() {
        FolderPages pages = FolderPages.of(REPOSITORY, List.of("Managenai/", "*/leaked/*"));

        assertEquals(List.of("Understanding/index.md", "Understanding/models/index.md", "Understanding/models/language.md", "index.md"),
                pages.paths());
        assertEquals(List.of("Managenai/", "Understanding/leaked/prompts.md"), pages.excluded());
        assertEquals("excluded: .* (default), Managenai/ (--exclude), */leaked/* (--exclude)", pages.layout().describe(REPOSITORY).get(1));
    }

    @Test
    void kgYamlBesideTheSiteExcludesToo(@TempDir Path clone) throws IOException {
        copy(REPOSITORY, clone);
        Files.writeString(clone.resolve("kg.yaml"), "# what kg reads of this repository\nexclude:\n  - Managenai/\n  - leaked/\n");

        FolderPages pages = FolderPages.of(clone, List.of("index.md"));

        assertEquals(List.of("Understanding/models/language.md"), pages.paths().stream().filter(p -> !p.endsWith("index.md")).toList());
        assertEquals(List.of("Managenai/", "Understanding/index.md", "Understanding/leaked/", "Understanding/models/index.md", "index.md"),
                pages.excluded());
        assertEquals("excluded: .* (default), Managenai/ (kg.yaml), leaked/ (kg.yaml), index.md (--exclude)",
                pages.layout().describe(clone).get(1));
    }

    @Test
    void kgYamlNamesThePagesFolder(@TempDir Path clone) throws IOException {
        copy(REPOSITORY, clone);
        Files.writeString(clone.resolve("kg.yaml"), "docs: docs/Understanding\n");

        FolderPages pages = FolderPages.of(clone);

        assertEquals(List.of("index.md", "leaked/prompts.md", "models/index.md", "models/language.md"), pages.paths());
        assertEquals("docs: in kg.yaml", pages.layout().why());
    }

    @Test
    void aKgYamlThatCannotBeUsedNamesItsFileAndLine(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("kg.yaml"), "exclude:\n  - drafts/\nexclued: [x]\n");

        ProjectFile.Invalid invalid = assertThrows(ProjectFile.Invalid.class, () -> FolderPages.of(folder));

        assertEquals(folder.resolve("kg.yaml") + ":3: unknown setting 'exclued' (known: docs, exclude)", invalid.getMessage());
    }

    @Test
    void anMkdocsDocsDirIsThePagesFolder(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("content/models"));
        Files.writeString(site.resolve("content/models/a.md"), "# A\n");
        Files.createDirectories(site.resolve("docs"));
        Files.writeString(site.resolve("docs/not-the-pages.md"), "# No\n");
        Files.writeString(site.resolve("mkdocs.yml"), "site_name: X\ndocs_dir: content\nmarkdown_extensions:\n"
                + "  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n");

        FolderPages pages = FolderPages.of(site);

        assertEquals(List.of("models/a.md"), pages.paths());
        assertEquals("docs_dir of mkdocs.yml", pages.layout().why());
    }

    @Test
    void theNavigationsTitlesNameTheDocuments() {
        KnowledgeGraph graph = new Extractor(new ExtractionOptions(2, 1 << 20)).extract(REPOSITORY, ProgressListener.NONE);

        Map<String, String> titles = new TreeMap<>();
        graph.nodes().stream().filter(n -> n.kind() == NodeKind.DOCUMENT)
                .forEach(n -> titles.put(n.attributes().get(Attribute.SOURCE_PATH).toString(), n.label()));
        assertEquals(Map.of(
                "Managenai/index.md", "Managen.ai", // the parent's navigation names the folder, so its index page
                "Understanding/index.md", "Understand and build", // the parent's navigation wins over the folder's own title
                "Understanding/leaked/prompts.md", "Leaked system prompts", // no navigation title: its heading
                "Understanding/models/index.md", "Models at a glance",
                "Understanding/models/language.md", "Large language models",
                "index.md", "Welcome"), titles);
        assertTrue(graph.problems().isEmpty(), graph.problems().toString());
    }
}
