package org.genaikg.history.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.genaikg.extractor.model.Stay;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final Function<String, List<String>> NO_PAGES = key -> List.of();
    private static final Function<String, String> NO_LABEL = key -> "";

    @Test
    void aThingThatLeftAndCameBackHasTwoStays() {
        Timeline<String> timeline = Timeline.keepingEverything();
        timeline.advance(1, Set.of("clip"), NO_PAGES, NO_LABEL);
        timeline.advance(2, Set.of("clip"), NO_PAGES, NO_LABEL);
        timeline.advance(3, Set.of(), NO_PAGES, NO_LABEL);
        timeline.advance(4, Set.of("clip"), NO_PAGES, NO_LABEL);
        timeline.advance(5, Set.of("clip"), NO_PAGES, NO_LABEL);

        assertEquals(List.of(new Stay(1, 2, OptionalInt.of(3), List.of(), ""), new Stay(4, 5, OptionalInt.empty(), List.of(), "")),
                timeline.stays("clip", NO_LABEL));
    }

    @Test
    void aStayEndsAtTheLastRevisionWalkedBeforeItsRemovalWhateverTheNumbers() {
        Timeline<String> timeline = Timeline.keepingEverything();
        timeline.advance(3, Set.of("clip"), NO_PAGES, NO_LABEL);
        timeline.advance(7, Set.of("clip"), NO_PAGES, NO_LABEL);
        timeline.advance(9, Set.of(), NO_PAGES, NO_LABEL);

        assertEquals(List.of(new Stay(3, 7, OptionalInt.of(9), List.of(), "")), timeline.stays("clip", NO_LABEL));
    }

    @Test
    void eachRevisionSaysWhatCameAndWhatLeft() {
        Timeline<String> timeline = Timeline.keepingEverything();
        timeline.advance(1, Set.of("a", "b"), NO_PAGES, NO_LABEL);
        Timeline.Change<String> change = timeline.advance(2, Set.of("b", "c"), NO_PAGES, NO_LABEL);

        assertEquals(Set.of("c"), change.added());
        assertEquals(Set.of("a"), change.removed());
        assertTrue(timeline.advance(3, Set.of("b", "c"), NO_PAGES, NO_LABEL).isEmpty());
    }

    @Test
    void aStayKeepsThePagesOfItsFirstRevisionAndTheLabelOfItsLast() {
        Timeline<String> timeline = Timeline.keepingEverything();
        Map<String, String> labels = Map.of("model/llama", "LLaMA");
        timeline.advance(1, Set.of("model/llama"), key -> List.of("models.md"), NO_LABEL);
        timeline.advance(2, Set.of("model/llama"), key -> List.of("other.md"), NO_LABEL);
        timeline.advance(3, Set.of(), NO_PAGES, labels::get);

        Stay stay = timeline.stays("model/llama", NO_LABEL).get(0);
        assertEquals(List.of("models.md"), stay.pages());
        assertEquals("LLaMA", stay.label());
    }

    @Test
    void anOpenStayEndsAtTheLastRevisionWithTheCurrentLabel() {
        Timeline<String> timeline = Timeline.keepingEverything();
        timeline.advance(1, Set.of("model/llama"), NO_PAGES, NO_LABEL);
        timeline.advance(2, Set.of("model/llama"), NO_PAGES, NO_LABEL);

        assertEquals(List.of(new Stay(1, 2, OptionalInt.empty(), List.of(), "Llama")), timeline.stays("model/llama", key -> "Llama"));
        assertEquals(OptionalInt.of(1), timeline.presentSince("model/llama"));
    }

    @Test
    void aTimelineOfThePresentForgetsWhatLeft() {
        Timeline<String> timeline = Timeline.keepingOnlyThePresent();
        timeline.advance(1, Set.of("e1", "e2"), NO_PAGES, NO_LABEL);
        timeline.advance(2, Set.of("e2"), NO_PAGES, NO_LABEL);

        assertEquals(Set.of("e2"), timeline.keys());
        assertEquals(List.of(), timeline.stays("e1", NO_LABEL));
        assertFalse(timeline.isPresent("e1"));
    }

    @Test
    void revisionsMustComeInOrder() {
        Timeline<String> timeline = Timeline.keepingEverything();
        timeline.advance(2, Set.of(), NO_PAGES, NO_LABEL);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> timeline.advance(2, Set.of(), NO_PAGES, NO_LABEL));
        assertEquals("revision 2 is not after revision 2", e.getMessage());
    }
}
