package org.genaikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModalitySchemeTest {
    private static final ModalityScheme SCHEME = ModalityScheme.load();

    @Test
    void theSchemeHasTheTwelveModalitiesLabelledAsTheSpecWritesThem() {
        assertEquals(Set.of("Text", "Image", "Video", "Audio", "Speech", "Music", "Code", "Tabular", "3D",
                        "Time series", "Graph", "Molecular"),
                SCHEME.terms().stream().map(ModalityTerm::label).collect(Collectors.toSet()));
        assertEquals(12, SCHEME.terms().size());
    }

    @Test
    void modalityIrisAreBuiltFromTheSlugOfTheLabel() {
        for (ModalityTerm term : SCHEME.terms()) {
            assertEquals(Slugs.slug(term.label()), term.slug());
            assertEquals(NodeKind.MODALITY.instanceIri(term.slug()), term.iri());
        }
    }

    @Test
    void visionLanguageStandsForImageAndText() {
        List<String> imageAndText = List.of(modality("image"), modality("text"));
        assertEquals(imageAndText, SCHEME.modalitiesOf("vision-language"));
        assertEquals(imageAndText, SCHEME.combinations().get("Vision-language"));
    }

    @Test
    void textToSpeechStandsForTextAndSpeech() {
        assertEquals(List.of(modality("speech"), modality("text")), SCHEME.modalitiesOf("Text-to-Speech"));
        assertEquals(List.of(modality("speech"), modality("text")), SCHEME.modalitiesOf("TTS"));
    }

    @Test
    void multimodalNamesNoModality() {
        assertEquals(List.of(), SCHEME.modalitiesOf("multimodal"));
        assertEquals(List.of(), SCHEME.modalitiesOf("Multi-modal"));
    }

    @Test
    void combinedTermsAreNotModalities() {
        Set<String> modalityLabels = SCHEME.terms().stream().map(ModalityTerm::label).collect(Collectors.toSet());
        assertFalse(SCHEME.combinations().isEmpty());
        SCHEME.combinations().forEach((phrase, modalities) -> {
            assertFalse(modalityLabels.contains(phrase), phrase);
            assertTrue(modalities.size() >= 2, phrase + " stands for fewer than two modalities");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "natural language, text", "NLP, text", "language, text",
        "vision, image", "visual, image", "picture, image", "photo, image", "Images, image",
        "videos, video", "sound, audio", "voice, speech", "spoken, speech", "speech recognition, speech", "music, music",
        "source code, code", "programming, code", "tables, tabular", "spreadsheet, tabular",
        "point cloud, 3d", "mesh, 3d", "time-series, time-series", "graph data, graph", "knowledge graph, graph",
        "protein, molecular", "DNA, molecular", "molecule, molecular", "chemistry, molecular"})
    void theSpecSynonymsNameTheirModality(String phrase, String slug) {
        assertEquals(List.of(modality(slug)), SCHEME.modalitiesOf(phrase));
    }

    @Test
    void noPhraseNamesTwoDifferentThings() {
        Map<String, String> owner = new HashMap<>();
        for (ModalityTerm term : SCHEME.terms()) {
            term.names().forEach(name -> assertClaimed(owner, name, term.iri()));
        }
        SCHEME.combinations().forEach((phrase, modalities) -> assertClaimed(owner, phrase, String.join("+", modalities)));
    }

    private static void assertClaimed(Map<String, String> owner, String phrase, String claimant) {
        String previous = owner.putIfAbsent(NameKeys.key(phrase), claimant);
        assertTrue(previous == null || previous.equals(claimant), phrase + " names both " + previous + " and " + claimant);
    }

    private static String modality(String slug) {
        return NodeKind.MODALITY.instanceIri(slug);
    }
}
