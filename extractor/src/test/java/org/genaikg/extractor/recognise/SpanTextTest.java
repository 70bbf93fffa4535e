package org.genaikg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SpanTextTest {

    @Test
    void aTextCutInsideAnEmojiKeepsNoHalfOfIt() {
        String text = "a".repeat(8) + "\uD83E\uDD14 thinking"; // the emoji 🤔 is two chars, at 8 and 9

        String cut = PageFacts.abbreviate(text, 10); // 9 chars and "…": the cut would fall between the two

        assertEquals("a".repeat(8) + "…", cut);
        assertFalse(cut.chars().anyMatch(c -> Character.isSurrogate((char) c)), cut);
    }

    @Test
    void aShortTextIsKeptWithItsSpacesFlattened() {
        assertEquals("two words", PageFacts.abbreviate(" two \n words ", 10));
    }
}
