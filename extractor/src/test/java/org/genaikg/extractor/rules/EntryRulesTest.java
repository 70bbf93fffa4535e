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

    @Test
    void aTitleOpeningWithAKnownNameNamesIt() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder, "??? tip \"[Mixtral of Experts](https://arxiv.org/abs/2401.04088)\"\n");
        assertTrue(g.has(g.require(NodeKind.MODEL, "Mixtral"), Relation.DESCRIBED_IN, g.require(NodeKind.PAPER, "Mixtral of Experts")));
        assertTrue(g.node(NodeKind.MODEL, "Mixtral of Experts").isEmpty());
    }

    @Test
    void theModelADescriptionIntroducesIsDescribedInThePaper() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder,
                "??? tip \"[Learning Transferable Visual Models](https://arxiv.org/abs/2103.00020) Introduces CLIP\"\n");
        assertTrue(g.has(g.require(NodeKind.MODEL, "CLIP"), Relation.DESCRIBED_IN,
                g.require(NodeKind.PAPER, "Learning Transferable Visual Models")));
    }

    @Test
    void anAppositiveTuningNamesTheDerivedModel() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder,
                "??? tip \"[QLoRA: Efficient Finetuning](https://arxiv.org/abs/2305.14314)\"\n"
                        + "    Guanaco, a tuning of LLaMA, was trained this way.\n");
        assertTrue(g.has(g.require(NodeKind.MODEL, "Guanaco"), Relation.BUILDS_ON, g.require(NodeKind.MODEL, "LLaMA")));
        assertFalse(g.has(g.require(NodeKind.CONCEPT, "QLoRA"), Relation.BUILDS_ON, g.require(NodeKind.MODEL, "LLaMA")));
    }

    @Test
    void aTableRowLinksItsModelToItsPaper() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder,
                "| Model | Paper |\n| --- | --- |\n| Llama 2 | [arXiv](https://arxiv.org/abs/2307.09288) |\n");
        assertTrue(g.has(g.require(NodeKind.MODEL, "Llama 2"), Relation.DESCRIBED_IN, g.require(NodeKind.PAPER, "arXiv:2307.09288")));
    }

    @Test
    void aBareUrlIsALink() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder, "??? important \"https://arxiv.org/abs/2205.00445\"\n");
        g.require(NodeKind.PAPER, "arXiv:2205.00445");
    }

    @Test
    void aSpaceTypedInsideALinkTargetIsForgiven() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder, "- [L3Agi: Open tool](https://github.com/l3vels/ L3AGI) tool\n");
        g.require(NodeKind.REPOSITORY, "l3vels/L3AGI");
    }

    @Test
    void aBracketedTitleWithoutItsLinkIsStillAPaper() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder,
                "??? important \"[Chain-of-Verification Reduces Hallucination in Large Language Models]\"\n"
                        + "    Wherein they use the Chain of Verification (CoVe) pattern.\n");
        Node paper = g.require(NodeKind.PAPER, "Chain-of-Verification Reduces Hallucination in Large Language Models");
        assertTrue(g.has(g.require(NodeKind.MODEL, "Chain of Verification"), Relation.DESCRIBED_IN, paper)
                || g.has(g.require(NodeKind.CONCEPT, "Chain of Verification"), Relation.DESCRIBED_IN, paper));
    }

    @Test
    void aCitedReferenceListItemNamesTheModelOfItsPaper() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder,
                "## References\n- [Orbit: A Model of Planets (arxiv 2401.01234)](https://arxiv.org/abs/2401.01234)\n");
        Node paper = g.require(NodeKind.PAPER, "Orbit: A Model of Planets");
        assertTrue(g.has(g.require(NodeKind.MODEL, "Orbit"), Relation.DESCRIBED_IN, paper));
    }

    @Test
    void aPaperLinkNamedAfterOneModelDescribesIt() {
        ExtractedGraph g = ExtractedGraph.ofPage(folder, "## Memory\nAgents page their context in and out.\n\n"
                + "See the [PageMind paper](https://arxiv.org/abs/2401.01111) and the "
                + "[Zeta-3 technical report](https://arxiv.org/abs/2401.02222).\n\n## Zeta-3\nA model.\n");
        assertTrue(g.has(g.require(NodeKind.MODEL, "PageMind"), Relation.DESCRIBED_IN,
                g.require(NodeKind.PAPER, "arXiv:2401.01111")));
        assertTrue(g.has(g.require(NodeKind.MODEL, "Zeta-3"), Relation.DESCRIBED_IN,
                g.require(NodeKind.PAPER, "Zeta-3 technical report")));
    }
}
