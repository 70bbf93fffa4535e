package org.genaikg.extractor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.genaikg.extractor.model.Node;
import org.genaikg.extractor.model.Problem;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules that need more than one page: learned names, resolution, structure and links. */
class CorpusRulesTest {
    @TempDir
    Path folder;

    @Test
    void aNameLearnedFromATitleIsRecognisedOnAnotherPage() {
        ExtractedGraph g = ExtractedGraph.of(folder, Map.of(
                "a.md", "## Papers\n- [Quokka: Tiny Models](https://arxiv.org/abs/2401.00001)\n",
                "b.md", "## Notes\nWe compared Quokka with others.\n"));
        Node quokka = g.require(NodeKind.MODEL, "Quokka");
        Node notes = g.graph().nodes().stream().filter(n -> n.kind() == NodeKind.SECTION && n.label().equals("Notes"))
                .findFirst().orElseThrow();
        assertTrue(g.has(notes, Relation.MENTIONS, quokka));
    }

    @Test
    void spellingsOfOneModelResolveToOneNodeWithAltLabels() {
        ExtractedGraph g = ExtractedGraph.of(folder, Map.of(
                "a.md", "## A\nLlama-2 is here.\n", "b.md", "## B\nLLaMA 2 and Llama2 too.\n"));
        Node llama2 = g.require(NodeKind.MODEL, "Llama 2");
        assertEquals(1, g.graph().nodes().stream().filter(n -> n.label().equals("Llama 2")).count());
        assertTrue(llama2.altLabels().contains("Llama-2"), llama2.altLabels().toString());
    }

    @Test
    void sectionsArePartOfTheirParentAndTopSectionsOfTheDocument() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder, "# Top\n## Child\ntext\n");
        Node top = g.require(NodeKind.SECTION, "Top");
        Node child = g.require(NodeKind.SECTION, "Child");
        Node doc = g.graph().nodes().stream().filter(n -> n.kind() == NodeKind.DOCUMENT).findFirst().orElseThrow();
        assertTrue(g.has(child, Relation.PART_OF, top));
        assertTrue(g.has(top, Relation.PART_OF, doc));
        assertEquals("https://w3id.org/genai-kg/resource/section/page.md#child", child.iri());
    }

    @Test
    void relativeLinksAndIncludesLinkPages() {
        ExtractedGraph g = ExtractedGraph.of(folder, Map.of(
                "dir/a.md", "## Start\nSee [the target](../b.md#goal).\n\n--8<-- \"c.md\"\n",
                "b.md", "# B\n## Goal\n", "dir/c.md", "included"));
        Node start = g.require(NodeKind.SECTION, "Start");
        Node goal = g.require(NodeKind.SECTION, "Goal");
        assertTrue(g.has(start, Relation.LINKS_TO, goal));
        assertTrue(g.edges(Relation.LINKS_TO).stream().anyMatch(e -> e.object().endsWith("doc/dir/c.md")));
    }

    @Test
    void aLinkToAPageTheKnowledgeBaseLacksIsReportedWithItsLine() {
        ExtractedGraph g = ExtractedGraph.of(folder, Map.of(
                "dir/a.md", "## Start\nSee [gone](../missing.md#x), [here](a.md), [a picture](img/p.png) and [web](https://x.org/y.md).\n"));

        List<Problem> broken = g.graph().problems().stream().filter(p -> p.severity() == Problem.Severity.BROKEN_LINK).toList();
        assertEquals(1, broken.size(), g.graph().problems().toString());
        assertEquals("dir/a.md:2: the link to ../missing.md#x names no page of the knowledge base", broken.get(0).toString());
    }

    @Test
    void componentsSectionMakesItsTermsComponents() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder,
                "## Key Components of Transformers\n- **Attention**: mixes tokens.\n- **Cross-Attention**: two sequences.\n"
                        + "- **Layer Normalization**: scales.\n");
        Node transformer = g.require(NodeKind.CONCEPT, "Transformer");
        Node cross = g.require(NodeKind.CONCEPT, "Cross attention");
        assertTrue(g.has(cross, Relation.COMPONENT_OF, transformer));
        assertTrue(g.has(g.require(NodeKind.CONCEPT, "Layer normalization"), Relation.COMPONENT_OF, transformer));
        assertTrue(g.has(cross, Relation.KIND_OF, g.require(NodeKind.CONCEPT, "Attention")));
    }

    @Test
    void aListItemIsCompletedByTheHeadOfTheItemBefore() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder, "## Parts\n- Attention: looks.\n- Bi-directional / unmasked\n");
        Node bidirectional = g.require(NodeKind.CONCEPT, "Bi-directional attention");
        assertTrue(bidirectional.altLabels().contains("Bi-directional / unmasked"), bidirectional.altLabels().toString());
    }

    @Test
    void aBrokenFileBesideAGoodOneIsReportedAndSkipped() throws IOException {
        Files.write(folder.resolve("broken.md"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a'});
        ExtractedGraph g = ExtractedGraph.of(folder, Map.of("good.md", "- [Orbit: A Model](https://arxiv.org/abs/2401.01234)\n"));
        assertEquals(1, g.graph().documents());
        g.require(NodeKind.MODEL, "Orbit");
        Problem problem = g.graph().problems().stream().filter(p -> p.severity() == Problem.Severity.SKIPPED_FILE)
                .findFirst().orElseThrow();
        assertEquals("broken.md", problem.path());
        assertTrue(problem.reason().contains("UTF-8"), problem.reason());
    }

    @Test
    void aHugeFileIsSkippedWithItsSize() throws IOException {
        Files.writeString(folder.resolve("huge.md"), "x".repeat(2 << 20));
        ExtractedGraph g = ExtractedGraph.of(folder, Map.of("ok.md", "# Ok\n"));
        assertTrue(g.graph().problems().stream().anyMatch(p -> p.path().equals("huge.md") && p.reason().contains("bytes")));
    }

    @Test
    void deeplyNestedListsDoNotStopTheBuild() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            deep.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        ExtractedGraph g = ExtractedGraph.of(folder, Map.of("deep.md", deep.toString(), "ok.md", "# Ok\n"));
        assertTrue(g.graph().documents() >= 1);
    }

    @Test
    void mkdocsProjectsAreReadFromTheirDocsFolder() throws IOException {
        Files.writeString(folder.resolve("mkdocs.yml"), "site_name: x\n");
        ExtractedGraph g = ExtractedGraph.of(folder, Map.of("docs/a.md", "# A\n"));
        assertTrue(g.graph().nodes().stream().anyMatch(n -> n.iri().endsWith("doc/a.md")));
    }

    @Test
    void headingsUnderABenchmarksSectionNameNoModels() {
        ExtractedGraph g = ExtractedGraph.of(folder, Map.of(
                "bench.md", "# Agent Benchmarks\n## Coding\n### ZedEval\nScores agents on patches.\n",
                "notes.md", "## Results\nQuillNet does well on ZedEval.\n### QuillNet\nA model.\n"));
        assertTrue(g.node(NodeKind.MODEL, "ZedEval").isEmpty());
        g.require(NodeKind.MODEL, "QuillNet");
    }

    @Test
    void librariesListedUnderAFrameworksSectionAreNoModels() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder, "# Building Agents\n## Frameworks and SDKs\n### PipeKit\n"
                + "- [FlowForge](https://github.com/acme/flowforge) wires agents together\n"
                + "- [QuillNet: Agents That Plan](https://arxiv.org/abs/2501.00002)\n"
                + "- [Zorro: Tools Made by Agents](https://github.com/acme/zorro)\n");
        assertTrue(g.node(NodeKind.MODEL, "PipeKit").isEmpty());
        assertTrue(g.node(NodeKind.MODEL, "FlowForge").isEmpty());
        g.require(NodeKind.REPOSITORY, "acme/flowforge");
        g.require(NodeKind.MODEL, "QuillNet");
        g.require(NodeKind.MODEL, "Zorro");
    }

    @Test
    void wellKnownSoftwareOutsideAFrameworksSectionIsNoModelOrConcept() {
        ExtractedGraph g = ExtractedGraph.of(folder, Map.of(
                "serving.md", "# Weekend notes\n## What we ran\n### Ollama\nRuns weights locally.\n"
                        + "- [SGLang: Fast Structured Serving](https://arxiv.org/abs/2501.00003)\n"
                        + "- **Pinecone**: stores the vectors\n## Models\n### QuillNet\nA small model.\n",
                "later.md", "## Results\nQuillNet answered through Ollama with Pinecone.\n"));
        for (String name : List.of("Ollama", "SGLang", "Pinecone")) {
            assertTrue(g.node(NodeKind.MODEL, name).isEmpty(), name + " is a model");
            assertTrue(g.node(NodeKind.CONCEPT, name).isEmpty(), name + " is a concept");
        }
        g.require(NodeKind.PAPER, "SGLang: Fast Structured Serving");
        g.require(NodeKind.MODEL, "QuillNet");
    }

    @Test
    void aLearnedNameEndingWithAKnownTechniqueIsAConcept() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder, "## Variants\n- **Sparse RLHF**: rewards only some tokens\n"
                + "- **QuillFormer Transformer**: a model\n");
        g.require(NodeKind.CONCEPT, "Sparse RLHF");
        g.require(NodeKind.MODEL, "QuillFormer Transformer");
    }

    @Test
    void aTableColumnHeadedModelNamesModelsAndOneHeadedPlatformNone() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder, "## Sparse models\n\n| Model | Experts |\n|---|---|\n"
                + "| Hopper-C | 64 |\n| QuillNet (rumoured) | 8 |\n\n## Where to run\n\n| Platform | Notes |\n|---|---|\n"
                + "| ZedCloud | hosted |\n");
        g.require(NodeKind.MODEL, "Hopper-C");
        g.require(NodeKind.MODEL, "QuillNet");
        assertTrue(g.node(NodeKind.MODEL, "ZedCloud").isEmpty());
    }

    @Test
    void namesUnderAnApproachesSectionAreConcepts() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder, "# Alignment\n## Approaches to Alignment\n### Mutual Audit\n"
                + "### ZeroLoop\nText.\n## Models\n### QuillNet\nA model.\n");
        g.require(NodeKind.CONCEPT, "ZeroLoop");
        g.require(NodeKind.MODEL, "QuillNet");
    }
}
