package org.genaikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The background facts of the gazetteer are well-formed and say what is well known. */
class GazetteerFactsTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final Set<String> MODALITIES =
            ModalityScheme.load().terms().stream().map(ModalityTerm::iri).collect(Collectors.toSet());

    @Test
    void everyRelationTargetIsAnEntryAndEveryModalityIsInTheScheme() {
        List<String> dangling = new ArrayList<>();
        for (GazetteerEntry entry : GAZETTEER.entries()) {
            for (List<String> targets : List.of(entry.kindOf(), entry.componentOf(), entry.buildsOn())) {
                targets.stream().filter(iri -> GAZETTEER.byIri(iri).isEmpty()).forEach(iri -> dangling.add(entry.iri() + " -> " + iri));
            }
            entry.modalities().stream().filter(iri -> !MODALITIES.contains(iri)).forEach(iri -> dangling.add(entry.iri() + " -> " + iri));
        }
        assertEquals(List.of(), dangling);
    }

    @Test
    void kindOfAndComponentOfGoFromConceptsAndKindOfToConcepts() {
        for (GazetteerEntry entry : GAZETTEER.entries()) {
            if (entry.kind() == NodeKind.MODEL) {
                assertEquals(List.of(), entry.kindOf(), entry.iri());
                assertEquals(List.of(), entry.componentOf(), entry.iri());
            }
            entry.kindOf().forEach(iri -> assertEquals(NodeKind.CONCEPT, GAZETTEER.byIri(iri).orElseThrow().kind(), entry.iri() + " kindOf " + iri));
        }
    }

    @Test
    void everyConceptHasAConceptKindAndNoModelHasOne() {
        Set<String> kinds = Set.of("component", "architecture", "technique");
        for (GazetteerEntry entry : GAZETTEER.entries()) {
            if (entry.kind() == NodeKind.CONCEPT) {
                assertTrue(kinds.contains(entry.conceptKind()), entry.iri() + " has concept kind " + entry.conceptKind());
            } else {
                assertNull(entry.conceptKind(), entry.iri());
            }
        }
    }

    @Test
    void onlyModelsHaveModalities() {
        GAZETTEER.entries().stream().filter(entry -> entry.kind() == NodeKind.CONCEPT)
                .forEach(entry -> assertEquals(List.of(), entry.modalities(), entry.iri()));
    }

    @Test
    void kindOfAndBuildsOnHaveNoCycles() {
        assertAcyclic(GazetteerEntry::kindOf);
        assertAcyclic(GazetteerEntry::buildsOn);
    }

    @Test
    void relationListsAreSorted() {
        for (GazetteerEntry entry : GAZETTEER.entries()) {
            for (List<String> list : List.of(entry.aliases(), entry.kindOf(), entry.componentOf(), entry.buildsOn(), entry.modalities())) {
                assertEquals(list.stream().sorted().toList(), list, entry.iri());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "Multi-head attention, kindOf, Attention", "Cross attention, kindOf, Attention", "Self-attention, kindOf, Attention",
        "Masked self-attention, kindOf, Attention", "RMSNorm, kindOf, Layer normalization", "Decoder-only, kindOf, Transformer",
        "Encoder-only, kindOf, Transformer", "Encoder-decoder, kindOf, Transformer", "LoRA, kindOf, Parameter-efficient fine-tuning",
        "QLoRA, kindOf, Parameter-efficient fine-tuning", "Parameter-efficient fine-tuning, kindOf, Fine-tuning",
        "GELU, kindOf, Activation function",
        "Attention, componentOf, Transformer", "Multi-head attention, componentOf, Transformer",
        "Layer normalization, componentOf, Transformer", "Feed-forward network, componentOf, Transformer",
        "Positional embedding, componentOf, Transformer", "Token embedding, componentOf, Transformer",
        "Unembedding, componentOf, Transformer", "Residual connection, componentOf, Transformer",
        "Alpaca, buildsOn, LLaMA", "Vicuna, buildsOn, LLaMA", "Llama 2, buildsOn, LLaMA", "Code Llama, buildsOn, Llama 2",
        "InstructGPT, buildsOn, GPT-3", "ChatGPT, buildsOn, GPT-3.5", "BLIP-2, buildsOn, BLIP", "Mixtral, buildsOn, Mistral",
        "DeepSeek-R1, buildsOn, DeepSeek-V3", "LLaVA, buildsOn, CLIP", "LLaVA, buildsOn, Vicuna", "GPT, buildsOn, Decoder-only",
        "BERT, buildsOn, Encoder-only", "T5, buildsOn, Encoder-decoder", "Stable Diffusion, buildsOn, Diffusion model",
        "Llama 2, modalities, Text", "CLIP, modalities, Image", "CLIP, modalities, Text", "Whisper, modalities, Speech",
        "Whisper, modalities, Audio", "MusicLM, modalities, Music", "MusicLM, modalities, Audio", "Codex, modalities, Code",
        "Sora, modalities, Video", "Stable Diffusion, modalities, Image", "Stable Diffusion, modalities, Text"})
    void wellKnownFactsAreRecorded(String subject, String relation, String object) {
        GazetteerEntry entry = GAZETTEER.byName(subject).orElseThrow(() -> new AssertionError(subject + " not found"));
        List<String> targets = switch (relation) {
            case "kindOf" -> entry.kindOf();
            case "componentOf" -> entry.componentOf();
            case "buildsOn" -> entry.buildsOn();
            case "modalities" -> entry.modalities();
            default -> throw new IllegalArgumentException(relation);
        };
        String target = relation.equals("modalities")
                ? NodeKind.MODALITY.instanceIri(Slugs.slug(object))
                : GAZETTEER.byName(object).orElseThrow(() -> new AssertionError(object + " not found")).iri();
        assertTrue(targets.contains(target), subject + " " + relation + " " + targets + " lacks " + object);
    }

    private static void assertAcyclic(Function<GazetteerEntry, List<String>> relation) {
        for (GazetteerEntry start : GAZETTEER.entries()) {
            Set<String> seen = new HashSet<>();
            List<String> frontier = new ArrayList<>(relation.apply(start));
            while (!frontier.isEmpty()) {
                String next = frontier.remove(frontier.size() - 1);
                assertTrue(!next.equals(start.iri()), start.iri() + " reaches itself");
                if (seen.add(next)) {
                    GazetteerEntry target = GAZETTEER.byIri(next).orElse(null);
                    assertNotNull(target, next);
                    frontier.addAll(relation.apply(target));
                }
            }
        }
    }
}
