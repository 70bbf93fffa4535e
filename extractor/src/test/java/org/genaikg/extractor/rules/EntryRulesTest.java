package org.genaikg.extractor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.genaikg.extractor.model.Node;
import org.genaikg.extractor.model.Problem;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one admonition or list item yields: papers, repositories, names and the relations between them. */
class EntryRulesTest {
    @TempDir
    Path folder;

    @Test
    void paperTitlePrefixNamesAModelDescribedInThePaper() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder,
                "??? tip \"[Orbit: A Model of Planets](https://arxiv.org/pdf/2401.01234v2.pdf) A 7B model\"\n    text\n");
        Node paper = g.require(NodeKind.PAPER, "Orbit: A Model of Planets");
        assertEquals("2401.01234", paper.attribute(Attribute.ARXIV_ID));
        assertEquals("https://arxiv.org/abs/2401.01234", paper.attribute(Attribute.URL));
        assertEquals("2024", paper.attribute(Attribute.YEAR));
        assertTrue(g.has(g.require(NodeKind.MODEL, "Orbit"), Relation.DESCRIBED_IN, paper));
    }

    @Test
    void repositoryTitledEntryWithAPaperLinkGivesPaperWithCode() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder,
                "??? abstract \"[Zephyrine](https://github.com/acme/zephyrine) stores memories\"\n"
                        + "    [Paper](https://arxiv.org/pdf/2310.03052.pdf)\n");
        Node paper = g.require(NodeKind.PAPER, "Zephyrine");
        Node repo = g.require(NodeKind.REPOSITORY, "acme/zephyrine");
        assertTrue(g.has(paper, Relation.HAS_CODE, repo));
        Node model = g.require(NodeKind.MODEL, "Zephyrine");
        assertTrue(g.has(model, Relation.DESCRIBED_IN, paper));
        assertTrue(g.has(model, Relation.HAS_CODE, repo));
    }

    @Test
    void theSamePaperLinkedTwoWaysIsOneNode() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder,
                "- [Orbit: A Model](https://arxiv.org/pdf/2401.01234.pdf)\n- [Orbit again](https://arxiv.org/abs/2401.01234v3)\n");
        assertEquals(1, g.count(NodeKind.PAPER));
    }

    @Test
    void imageAssetsAreNoRepositories() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder,
                "??? tip \"[Orbit: A Model](https://arxiv.org/abs/2401.01234)\"\n"
                        + "    <img src=\"https://github.com/someone/kb/assets/1/abc\">\n"
                        + "    ![image](https://user-images.githubusercontent.com/1/x.png)\n");
        assertEquals(0, g.count(NodeKind.REPOSITORY));
    }

    @Test
    void linksAfterRawHtmlStillCount() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder,
                "??? \"[Orbit: A Model](https://arxiv.org/abs/2401.01234)\"\n"
                        + "    <img width=\"1\" src=\"https://github.com/someone/kb/assets/1/abc\">\n"
                        + "    [Github](https://github.com/acme/orbit)\n");
        assertTrue(g.has(g.require(NodeKind.PAPER, "Orbit: A Model"), Relation.HAS_CODE,
                g.require(NodeKind.REPOSITORY, "acme/orbit")));
    }

    @Test
    void titleEndingWithANameDescribesIt() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder, "- [Drawing Faces with QZ-GAN-3](https://arxiv.org/abs/1906.00446)\n");
        assertTrue(g.has(g.require(NodeKind.MODEL, "QZ-GAN-3"), Relation.DESCRIBED_IN,
                g.require(NodeKind.PAPER, "Drawing Faces with QZ-GAN-3")));
    }

    @Test
    void titleModalityWordsGiveModalities() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder,
                "- [Parrot: Self-Supervised Speech Learning](https://ieeexplore.ieee.org/document/1)\n");
        Node speech = g.require(NodeKind.MODALITY, "Speech");
        assertTrue(g.has(g.require(NodeKind.MODEL, "Parrot"), Relation.HAS_MODALITY, speech));
        assertTrue(g.has(g.require(NodeKind.PAPER, "Parrot: Self-Supervised Speech Learning"), Relation.HAS_MODALITY, speech));
    }

    @Test
    void sectionAboutAModalityGivesItsEntriesThatModality() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder,
                "## Multi-Modal\n### Vision-Language Models\n??? \"[Kite: Seeing Things](https://arxiv.org/abs/2306.16410)\"\n");
        Node kite = g.require(NodeKind.MODEL, "Kite");
        assertTrue(g.has(kite, Relation.HAS_MODALITY, g.require(NodeKind.MODALITY, "Image")));
        assertTrue(g.has(kite, Relation.HAS_MODALITY, g.require(NodeKind.MODALITY, "Text")));
    }

    @Test
    void aCodeHeadingIsNoModality() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder, "## Code\n??? \"[Fast Kites](https://github.com/acme/kites) A library\"\n");
        assertTrue(g.node(NodeKind.MODALITY, "Code").isEmpty());
    }

    @Test
    void aTuningOfAModelBuildsOnIt() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder,
                "??? tip \"[Baize: An Open-Source Chat Model](https://arxiv.org/pdf/2304.01196.pdf) Parameter efficient LLama Tuning\"\n");
        assertTrue(g.has(g.require(NodeKind.MODEL, "Baize"), Relation.BUILDS_ON, g.require(NodeKind.MODEL, "LLaMA")));
    }

    @Test
    void successorToBuildsOn() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder,
                "!!! tip \"[Retentive Network: A successor to Transformer for Large Language Models](https://arxiv.org/pdf/2307.08621.pdf)\"\n");
        assertTrue(g.has(g.require(NodeKind.CONCEPT, "Retentive Network"), Relation.BUILDS_ON,
                g.require(NodeKind.CONCEPT, "Transformer")));
    }

    @Test
    void paperForALinkTextDescribesTheNamedThing() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder,
                "!!! abstract \"[OtterDNA: Genomic Sequences](https://github.com/acme/otter-dna)\"\n"
                        + "    [Paper for Otter Architecture](https://arxiv.org/pdf/2302.10866.pdf)\n");
        assertTrue(g.has(g.require(NodeKind.MODEL, "Otter"), Relation.DESCRIBED_IN, g.require(NodeKind.PAPER, "arXiv:2302.10866")));
        assertTrue(g.has(g.require(NodeKind.MODEL, "OtterDNA"), Relation.HAS_MODALITY, g.require(NodeKind.MODALITY, "Molecular")));
    }

    @Test
    void anEntryThatGivesNothingIsReported() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder, "line\n\n!!! note \"Just a thought\"\n    nothing here\n");
        assertTrue(g.graph().problems().stream().anyMatch(p -> p.severity() == Problem.Severity.EMPTY_ENTRY
                && p.line() == 3 && p.path().equals("page.md")), g.graph().problems().toString());
    }

    @Test
    void fencedCodeIsNeverASourceOfEntities() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder, "```\n[Orbit: A Model](https://arxiv.org/abs/2401.01234) uses BERT\n```\n");
        assertEquals(0, g.count(NodeKind.PAPER));
        assertFalse(g.node(NodeKind.MODEL, "BERT").isPresent());
    }
}
