package org.genaikg.extractor.recognise;

import org.genaikg.ontology.ExtractionRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameRulesTest {

    private static List<String> names(List<NameFinding> findings) {
        return findings.stream().map(NameFinding::name).toList();
    }

    @Test
    void titlePrefixNamesTheModel() {
        assertEquals(List.of("HuBERT"), names(NameRules.fromTitle(
                "HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units")));
    }

    @Test
    void shoutedPrefixIsWrittenInTitleCase() {
        assertEquals("Representation Engineering",
                NameRules.fromTitle("REPRESENTATION ENGINEERING: A TOP-DOWN APPROACH TO AI TRANSPARENCY").get(0).name());
    }

    @Test
    void longSentencePrefixIsNoName() {
        assertTrue(NameRules.fromTitle("Jack of All Tasks, Master of Many: Designing General-purpose Models").isEmpty());
    }

    @Test
    void titleEndingWithANameNamesIt() {
        assertEquals(List.of("VQ-VAE-2"), names(NameRules.fromTitle("Generating Diverse High-Fidelity Images with VQ-VAE-2")));
    }

    @Test
    void uncommonAcronymInATitleIsAName() {
        assertTrue(names(NameRules.fromTitle(
                "Towards Language Models That Can See: Computer Vision Through the LENS of Natural Language")).contains("LENS"));
    }

    @Test
    void shortTitleCaseTitleIsAName() {
        assertEquals(List.of("Meta Transformer"), names(NameRules.fromTitle("Meta Transformer")));
        assertTrue(NameRules.fromTitle("The Illustrated Transformer").isEmpty());
    }

    @Test
    void bracketedAcronymBecomesAnAlias() {
        NameFinding finding = NameRules.fromDescription("Uses a Recurrent Memory Transformer (RMT) architecture").get(0);
        assertEquals("Recurrent Memory Transformer", finding.name());
        assertEquals(List.of("RMT"), finding.aliases());
    }

    @Test
    void weIntroduceNamesTheModel() {
        assertEquals(List.of("VistaLLM"), names(NameRules.fromDescription("In this work, we present VistaLLM, the first model")));
    }

    @Test
    void coinedTermIsAConcept() {
        NameFinding finding = NameRules.fromDescription("a variation by introducing 'Depth Weighted Averaging' that averages").get(0);
        assertEquals("Depth Weighted Averaging", finding.name());
        assertTrue(finding.conceptHint());
    }

    @Test
    void paperForNamesTheThingDescribed() {
        NameFinding finding = NameRules.fromPaperLinkText("Paper for Hyena Architecture").get(0);
        assertEquals("Hyena", finding.name());
        assertEquals(List.of("Hyena Architecture"), finding.aliases());
    }

    @Test
    void bareNamesAreDistinctiveOrConceptShaped() {
        assertEquals(List.of("H3"), names(NameRules.fromBareName("H3", ExtractionRule.BARE_NAME_ITEM)));
        assertEquals(List.of("Linear Attention"), names(NameRules.fromBareName("Linear Attention", ExtractionRule.BARE_NAME_ITEM)));
        assertTrue(NameRules.fromBareName("Hierarchical", ExtractionRule.BARE_NAME_ITEM).isEmpty());
        assertTrue(NameRules.fromBareName("Banded or fixed", ExtractionRule.BARE_NAME_ITEM).isEmpty());
    }

    @Test
    void headingWithASubtitleNamesWhatStandsBeforeIt() {
        assertEquals(List.of("QuillNet"), names(NameRules.fromBareName("QuillNet: Sparse Routing Made Simple", ExtractionRule.HEADING_NAME)));
        assertEquals(List.of("ZRP"), names(NameRules.fromBareName("ZRP — Zebra Routing Protocol", ExtractionRule.HEADING_NAME)));
        assertTrue(NameRules.fromBareName("Fast Memory: QuillNet", ExtractionRule.HEADING_NAME).isEmpty());
        assertTrue(NameRules.fromBareName("RNA Folding: A Primer for Engineers", ExtractionRule.HEADING_NAME).isEmpty());
    }

    @Test
    void headingNumberIsNoPartOfTheName() {
        assertEquals(List.of("QuillNet"), names(NameRules.fromBareName("4. QuillNet", ExtractionRule.HEADING_NAME)));
        assertTrue(NameRules.fromBareName("Phase 2: MVP Rollout", ExtractionRule.HEADING_NAME).isEmpty());
    }

    @Test
    void topicHeadingsAboutANameAreNoNames() {
        assertTrue(NameRules.fromBareName("QuillNet with Long Memory", ExtractionRule.HEADING_NAME).isEmpty());
        assertTrue(NameRules.fromBareName("ZRP in Practice", ExtractionRule.HEADING_NAME).isEmpty());
        assertTrue(NameRules.fromBareName("Lessons for GenAI", ExtractionRule.HEADING_NAME).isEmpty());
        assertTrue(NameRules.fromBareName("QuillNet's Key Insight", ExtractionRule.HEADING_NAME).isEmpty());
        assertTrue(NameRules.fromBareName("QuillNet Variants", ExtractionRule.HEADING_NAME).isEmpty());
    }

    @Test
    void acronymsInAWebPageTitleAreNoNames() {
        assertTrue(NameRules.fromTitle("The ZRSA Guide to Safe Agents", false).isEmpty());
        assertEquals(List.of("ZRSA"), names(NameRules.fromTitle("Planning Agents Through the ZRSA Loop", true)));
    }

    @Test
    void aNameInBracketsAtTheEndOfATitleIsTheModel() {
        assertTrue(names(NameRules.fromTitle("Grounding Robots in What They Can Do (GroundBot)")).contains("GroundBot"));
        assertTrue(NameRules.fromTitle("Grounding Robots in Practice (2031)").isEmpty());
        assertTrue(!names(NameRules.fromTitle("Robo Coder (JaneDoe)")).contains("JaneDoe"));
    }

    @Test
    void aTechnicalReportDescribesItsModel() {
        assertEquals(List.of("Zeta-3"), names(NameRules.fromTitle("Zeta-3 Technical Report")));
        assertTrue(NameRules.fromTitle("Annual Technical Report").isEmpty());
    }

    @Test
    void pairsAndTasksAreNoBareNames() {
        assertTrue(NameRules.fromBareName("QuillNet/ZedNet", ExtractionRule.BARE_NAME_ITEM).isEmpty());
        assertTrue(NameRules.fromBareName("RLHF + QPO", ExtractionRule.BARE_NAME_ITEM).isEmpty());
        assertTrue(NameRules.fromBareName("Visual Riddle Answering", ExtractionRule.BARE_NAME_ITEM).isEmpty());
        assertTrue(NameRules.fromBareName("LLM-as-Critic Detection", ExtractionRule.HEADING_NAME).isEmpty());
    }

    @Test
    void anAcronymSpelledOutAfterItIsAConceptWhenTheExpansionSaysSo() {
        NameFinding finding = NameRules.fromBareName("ZPO (Zero Preference Optimization)", ExtractionRule.HEADING_NAME).get(0);
        assertEquals("Zero Preference Optimization", finding.name());
        assertEquals(List.of("ZPO"), finding.aliases());
        assertTrue(finding.conceptHint());
    }

    @Test
    void aPluralAcronymAbbreviatesACommonNoun() {
        assertTrue(NameRules.fromDescription("Agents call Remote Tool Endpoints (RTEs) to act").isEmpty());
    }

    @Test
    void aPairBeforeTheColonNamesNoOneModel() {
        assertTrue(NameRules.fromTitle("Quill / QuillNet: Memory for Agents").isEmpty());
    }
}
