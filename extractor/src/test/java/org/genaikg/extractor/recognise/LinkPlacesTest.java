package org.genaikg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.genaikg.extractor.parse.InlineText;
import org.genaikg.extractor.parse.Link;
import org.junit.jupiter.api.Test;

class LinkPlacesTest {

    @Test
    void eachLinkIsPlacedAfterTheOneBeforeIt() {
        String text = "See paper and paper, then more and B c.";
        InlineText inline = new InlineText(text, List.of(new Link("paper", "u1", false), new Link("paper", "u2", false),
                new Link("img", "x.png", true), new Link("B \t c", "u3", false)), List.of(), 1);

        assertArrayEquals(new int[] {4, 14, -1, 35}, LinkPlaces.of(inline));
    }

    @Test
    void aLinkWhoseWordsAlsoStandEarlierIsPlacedThereWithoutLosingTheNext() {
        String text = "A survey, then [A survey] linked, then GPT-4.";
        InlineText inline = new InlineText(text.replace("[", "").replace("]", ""),
                List.of(new Link("A survey", "u1", false), new Link("GPT-4", "u2", false)), List.of(), 1);

        assertArrayEquals(new int[] {0, 37}, LinkPlaces.of(inline));
    }
}
