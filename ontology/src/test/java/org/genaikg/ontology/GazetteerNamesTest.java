package org.genaikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The names of the gazetteer: how many, how they make IRIs, and that each names one thing. */
class GazetteerNamesTest {
    /** Normalised names deliberately shared by two entries; none so far. */
    private static final Set<String> INTENDED_SHARED_NAMES = Set.of();

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    @Test
    void theGazetteerHasAtLeast250Entries() {
        assertTrue(GAZETTEER.entries().size() >= 250, "only " + GAZETTEER.entries().size() + " entries");
    }

    @Test
    void everyIriIsTheInstanceIriOfTheSlugOfTheLabel() {
        for (GazetteerEntry entry : GAZETTEER.entries()) {
            assertEquals(entry.kind().instanceIri(Slugs.slug(entry.label())), entry.iri());
        }
    }

    @Test
    void onlyModelsAndConceptsAreEntries() {
        GAZETTEER.entries().forEach(entry -> assertTrue(entry.kind() == NodeKind.MODEL || entry.kind() == NodeKind.CONCEPT, entry.iri()));
    }

    @Test
    void noTwoEntriesShareANormalisedName() {
        Map<String, String> owner = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (GazetteerEntry entry : GAZETTEER.entries()) {
            for (String name : entry.names()) {
                String key = NameKeys.key(name);
                String previous = owner.putIfAbsent(key, entry.iri());
                if (previous != null && !previous.equals(entry.iri()) && !INTENDED_SHARED_NAMES.contains(key)) {
                    shared.add(name + " names " + previous + " and " + entry.iri());
                }
            }
        }
        assertEquals(List.of(), shared);
    }

    @Test
    void noGazetteerNameIsAModalityPhrase() {
        ModalityScheme scheme = ModalityScheme.load();
        List<String> clashes = GAZETTEER.entries().stream()
                .flatMap(entry -> entry.names().stream())
                .filter(name -> !scheme.modalitiesOf(name).isEmpty())
                .toList();
        assertEquals(List.of(), clashes);
    }

    @ParameterizedTest
    @CsvSource({
        "Llama-2, llama-2", "LLaMA 2, llama-2", "llama, llama", "LLama, llama", "gpt-4, gpt-4", "GPT 3.5, gpt-3.5",
        "Deepseek R1, deepseek-r1", "Stable-Diffusion, stable-diffusion", "hubert, ", "HuBERT, hubert", "o3, o3",
        "wav2vec 2.0, wav2vec-2.0", "DALL·E 2, dall-e-2"})
    void modelsAreFoundByAnySpellingOfTheirNames(String text, String slug) {
        Optional<String> expected = Optional.ofNullable(slug).map(NodeKind.MODEL::instanceIri);
        assertEquals(expected, GAZETTEER.byName(text).map(GazetteerEntry::iri), text);
    }

    @ParameterizedTest
    @CsvSource({
        "Multi-Head Attention, multi-head-attention", "MHA, multi-head-attention", "positional encoding, positional-embedding",
        "RoPE, rotary-positional-embedding", "seq2seq, encoder-decoder", "Sequence-to-Sequence, encoder-decoder",
        "LayerNorm, layer-normalization", "mixture-of-experts, mixture-of-experts", "MoE, mixture-of-experts",
        "Retrieval Augmented Generation, retrieval-augmented-generation", "distillation, knowledge-distillation",
        "tokenization, tokenizer", "state space model, state-space-model", "S4, structured-state-space"})
    void conceptsAreFoundByTheirNamesAndAbbreviations(String text, String slug) {
        assertEquals(Optional.of(NodeKind.CONCEPT.instanceIri(slug)), GAZETTEER.byName(text).map(GazetteerEntry::iri), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Whisper", "Falcon", "Gemini", "Mistral", "Alpaca", "Vicuna", "Sora", "Phi", "Gato", "Orca", "Flamingo", "Claude"})
    void wordLikeNamesAreMatchedOnlyWithTheirCapitalisation(String name) {
        GazetteerEntry entry = GAZETTEER.byName(name).orElseThrow(() -> new AssertionError(name + " not found"));
        assertTrue(entry.matchCase(), name + " is not matchCase");
        assertEquals(Optional.empty(), GAZETTEER.byName(name.toLowerCase(java.util.Locale.ROOT)), name + " matched in lower case");
    }

    @Test
    void namesDifferingOnlyInDigitsAreDifferentEntries() {
        assertNotEquals(GAZETTEER.byName("GPT-3"), GAZETTEER.byName("GPT-4"));
        assertNotEquals(GAZETTEER.byName("Llama 2"), GAZETTEER.byName("Llama 3"));
        assertNotEquals(GAZETTEER.byName("DALL-E 2"), GAZETTEER.byName("DALL-E 3"));
        assertTrue(GAZETTEER.byName("GPT-3").isPresent() && GAZETTEER.byName("GPT-4").isPresent());
    }

    @Test
    void multimodalIsNoEntry() {
        assertEquals(Optional.empty(), GAZETTEER.byName("multimodal"));
    }
}
