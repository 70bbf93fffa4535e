package org.genaikg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.genaikg.ontology.NodeKind;
import org.junit.jupiter.api.Test;

class LexiconUseTest {
    private static final LexiconEntry BERT = model("bert", "BERT");
    private static final LexiconEntry MASKED = new LexiconEntry("maskedselfattention", "Masked self attention",
            List.of("Masked self attention"), NodeKind.CONCEPT, "component", false, null);
    private final Lexicon before = Lexicon.of(List.of(BERT, MASKED));

    private static LexiconEntry model(String key, String label) {
        return new LexiconEntry(key, label, List.of(label), NodeKind.MODEL, null, false, null);
    }

    private static Lexicon with(List<LexiconEntry> entries, LexiconEntry... more) {
        List<LexiconEntry> all = new ArrayList<>(entries);
        all.addAll(List.of(more));
        return Lexicon.of(all);
    }

    /** What a page that names BERT and misspells masked self attention asks. */
    private LexiconUse aPagesUse() {
        LexiconUse.Recorder recorder = new LexiconUse.Recorder();
        Lexicon page = before.recordingInto(recorder);
        page.find("We fine-tune BERT here.");
        page.lookupForgivingTypos("masked self attetion");
        return recorder.use();
    }

    @Test
    void aNameThePageNeverComesNearLeavesItsFindings() {
        assertTrue(aPagesUse().unaffectedBy(before.changeTo(with(List.of(BERT, MASKED), model("zephyrine", "Zephyrine")))));
    }

    @Test
    void aNameThePageLooksUpChangesItsFindings() {
        Lexicon bertAsConcept = with(List.of(MASKED),
                new LexiconEntry("bert", "BERT", List.of("BERT"), NodeKind.CONCEPT, null, false, null));

        assertFalse(aPagesUse().unaffectedBy(before.changeTo(bertAsConcept)));
    }

    @Test
    void aLongerNameStartingWithAPhraseOfThePageChangesItsFindings() {
        assertFalse(aPagesUse().unaffectedBy(before.changeTo(with(List.of(BERT, MASKED), model("herebert", "Here BERT")))));
    }

    @Test
    void aNewNameOneSlipFromAMisspellingThePageLookedUpChangesItsFindings() {
        assertFalse(aPagesUse().unaffectedBy(before.changeTo(with(List.of(BERT, MASKED), model("maskedselfattetio", "Masked self attetio")))));
    }

    @Test
    void findingsMadeWithoutNotingTheirQuestionsNeverOutliveAChange() {
        assertFalse(LexiconUse.UNKNOWN.unaffectedBy(before.changeTo(with(List.of(BERT, MASKED), model("zephyrine", "Zephyrine")))));
    }
}
