package org.genaikg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NonModelNamesTest {
    @Test
    void benchmarkNamesAreNoModels() {
        assertTrue(NonModelNames.matches("QuillBench"));
        assertTrue(NonModelNames.matches("ZED-bench Hard"));
        assertTrue(NonModelNames.matches("Puzzle Arena"));
        assertTrue(NonModelNames.matches("Puzzlearena"));
        assertFalse(NonModelNames.matches("QuillNet"));
        assertFalse(NonModelNames.matches("Benchmarked Transformer"));
    }

    @Test
    void numberFormatsAreNoModels() {
        assertTrue(NonModelNames.matches("FP8"));
        assertTrue(NonModelNames.matches("INT4 (naive)"));
        assertTrue(NonModelNames.matches("bf16"));
        assertFalse(NonModelNames.matches("T5"));
    }

    @Test
    void labsAreNoModels() {
        assertTrue(NonModelNames.matches("OpenAI"));
        assertTrue(NonModelNames.matches("Google DeepMind"));
    }

    @Test
    void awesomeListsAreNoModels() {
        assertTrue(NonModelNames.matches("Awesome Quill Agents"));
        assertFalse(NonModelNames.matches("AwesomeNet"));
    }

    @Test
    void vulnerabilityIdsAreNoModels() {
        assertTrue(NonModelNames.matches("CVE-2031-0042"));
    }

    @Test
    void theNameRulesLearnNoBenchmark() {
        assertTrue(NameRules.fromTitle("QuillBench: Testing Agents on Long Tasks").isEmpty());
        assertTrue(NameRules.fromDescription("the Puzzle Evaluation Suite Bench (PESBench) scores agents").isEmpty());
    }
}
