package org.genaikg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.genaikg.ontology.NodeKind;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private final Lexicon lexicon = Lexicon.of(List.of(
            new LexiconEntry("llama2", "Llama 2", List.of("Llama 2", "Llama-2"), NodeKind.MODEL, null, false, null),
            new LexiconEntry("llama", "LLaMA", List.of("LLaMA"), NodeKind.MODEL, null, false, null),
            new LexiconEntry("gpt3", "GPT-3", List.of("GPT-3"), NodeKind.MODEL, null, false, null),
            new LexiconEntry("multiheadattention", "Multi-head attention", List.of("Multi-head attention"), NodeKind.CONCEPT,
                    "component", false, null),
            new LexiconEntry("attention", "Attention", List.of("Attention"), NodeKind.CONCEPT, "component", false, null),
            new LexiconEntry("agents", "Agent-S", List.of("Agent-S"), NodeKind.MODEL, null, false, null),
            new LexiconEntry("gato", "Gato", List.of("Gato"), NodeKind.MODEL, null, true, null),
            new LexiconEntry("transformer", "Transformer", List.of("Transformer"), NodeKind.CONCEPT, "architecture", false, null)));

    private List<String> found(String text) {
        return lexicon.find(text).stream().map(m -> m.entry().label()).toList();
    }

    @Test
    void spellingsDifferingInCaseHyphensAndSpacesMatch() {
        assertEquals(List.of("Llama 2", "LLaMA"), found("We tuned llama-2 and LLama."));
    }

    @Test
    void digitsKeepNamesApart() {
        assertNull(lexicon.lookup("GPT-4"));
    }

    @Test
    void longestMatchWins() {
        assertEquals(List.of("Multi-head attention", "Attention"), found("Multi-Head Attention is attention."));
    }

    @Test
    void matchCaseEntriesNeedTheirCapitalisation() {
        assertEquals(List.of("Gato"), found("Gato is not a gato."));
    }

    @Test
    void pluralsAreForgiven() {
        assertEquals(List.of("Transformer"), found("Transformers are everywhere"));
    }

    @Test
    void sentencePunctuationSplitsPhrases() {
        assertEquals(List.of("Attention"), found("multi. Attention"));
    }

    @Test
    void aLearnedNameMatchesAnOrdinaryWordOnlyWhenSpelledAsIt() {
        assertEquals(List.of("Agent-S"), found("Agents plan; Agent-S acts."));
    }
}
