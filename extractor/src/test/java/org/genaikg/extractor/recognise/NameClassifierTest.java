package org.genaikg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.genaikg.ontology.SoftwareNames;
import org.junit.jupiter.api.Test;

/** What a name names: {@link NameClassifier}, the one place that decides it. */
class NameClassifierTest {
    @Test
    void benchmarkNamesAreNoModels() {
        assertTrue(NameClassifier.namesNoModel("QuillBench"));
        assertTrue(NameClassifier.namesNoModel("ZED-bench Hard"));
        assertTrue(NameClassifier.namesNoModel("Puzzle Arena"));
        assertTrue(NameClassifier.namesNoModel("Puzzlearena"));
        assertFalse(NameClassifier.namesNoModel("QuillNet"));
        assertFalse(NameClassifier.namesNoModel("Benchmarked Transformer"));
    }

    @Test
    void numberFormatsAreNoModels() {
        assertTrue(NameClassifier.namesNoModel("FP8"));
        assertTrue(NameClassifier.namesNoModel("INT4 (naive)"));
        assertTrue(NameClassifier.namesNoModel("bf16"));
        assertFalse(NameClassifier.namesNoModel("T5"));
    }

    @Test
    void labsAreNoModels() {
        assertTrue(NameClassifier.namesNoModel("OpenAI"));
        assertTrue(NameClassifier.namesNoModel("Google DeepMind"));
    }

    @Test
    void awesomeListsAreNoModels() {
        assertTrue(NameClassifier.namesNoModel("Awesome Quill Agents"));
        assertFalse(NameClassifier.namesNoModel("AwesomeNet"));
    }

    @Test
    void vulnerabilityIdsAreNoModels() {
        assertTrue(NameClassifier.namesNoModel("CVE-2031-0042"));
    }

    @Test
    void theNameRulesLearnNoBenchmark() {
        assertTrue(NameRules.fromTitle("QuillBench: Testing Agents on Long Tasks").isEmpty());
        assertTrue(NameRules.fromDescription("the Puzzle Evaluation Suite Bench (PESBench) scores agents").isEmpty());
    }

    @Test
    void aNameIsClassedAsAModelAConceptSoftwareAnOrganisationABenchmarkOrNoName() {
        NameClassifier classifier = NameClassifier.withSoftware(SoftwareNames.of(List.of("QuillServe")));
        assertEquals(NameClassifier.NameClass.MODEL, classifier.classify("QuillNet-7B"));
        assertEquals(NameClassifier.NameClass.CONCEPT, classifier.classify("Quill Attention"));
        assertEquals(NameClassifier.NameClass.SOFTWARE, classifier.classify("quill-serve"));
        assertEquals(NameClassifier.NameClass.ORGANISATION, classifier.classify("Google DeepMind"));
        assertEquals(NameClassifier.NameClass.BENCHMARK, classifier.classify("QuillBench"));
        assertEquals(NameClassifier.NameClass.NO_NAME, classifier.classify("Paper"));
        assertEquals(NameClassifier.NameClass.NO_NAME, classifier.classify("INT8"));
    }

    @Test
    void theStandardClassifierKnowsTheOntologysSoftwareNames() {
        assertEquals(NameClassifier.NameClass.SOFTWARE, NameClassifier.standard().classify("LangChain"));
        assertEquals(NameClassifier.NameClass.MODEL, NameClassifier.standard().classify("LLaMA"));
    }
}
