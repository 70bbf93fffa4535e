package org.genaikg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.genaikg.ontology.NodeKind;
import org.junit.jupiter.api.Test;

class SentenceMatchesTest {
    private static final LexiconEntry GPT4 = new LexiconEntry("gpt4", "GPT-4", List.of("GPT-4"), NodeKind.MODEL, null, false, null);
    private static final LexiconEntry TRANSFORMER = new LexiconEntry("transformer", "Transformer", List.of("Transformer"),
            NodeKind.CONCEPT, "architecture", false, null);
    private static final LexiconEntry TEXT = new LexiconEntry("text", "Text", List.of("Text"), NodeKind.MODALITY, null, false, null);

    /** "GPT-4 Transformer Text GPT-4": names at 0-5, 6-17, 18-22, 23-28. */
    private final SentenceMatches matches = new SentenceMatches(List.of(
            new LexiconMatch(GPT4, "GPT-4", 0, 5), new LexiconMatch(TRANSFORMER, "Transformer", 6, 17),
            new LexiconMatch(TEXT, "Text", 18, 22), new LexiconMatch(GPT4, "GPT-4", 23, 28)));

    @Test
    void theNameAfterACueIsTheFirstStartingThereOrLater() {
        assertEquals(6, matches.firstStartingAt(5).start());
        assertEquals(6, matches.firstStartingAt(6).start());
        assertEquals(18, matches.firstStartingAt(7).start());
        assertNull(matches.firstStartingAt(24));
    }

    @Test
    void theNameBeforeACueSkipsModalities() {
        assertNull(matches.lastNamingBefore(4));
        assertEquals("Transformer", matches.lastNamingBefore(22).surface());
        assertEquals(23, matches.lastNamingBefore(28).start());
    }

    @Test
    void theModelBeforeACueSkipsConceptsAndModalities() {
        assertEquals(0, matches.lastModelBefore(22).start());
        assertEquals(23, matches.lastModelBefore(40).start());
        assertNull(new SentenceMatches(List.of()).lastModelBefore(10));
    }
}
