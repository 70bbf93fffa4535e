package org.genaikg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.genaikg.extractor.parse.PageParser;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.Gazetteer;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.SoftwareNames;
import org.junit.jupiter.api.Test;

/** How the lexicon is built from the gazetteer and the names learned from pages. */
class LexiconFactoryTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private static List<NameFinding> learned(String markdown) {
        return NameLearner.learn(new PageParser().parse("page.md", markdown));
    }

    private static final String SOFTWARE_BESIDE_A_MODEL = "# Weekend notes\n## What we ran\n### vLLM\nServes weights fast.\n"
            + "- [LangChain: Chains for Prompts](https://github.com/acme/chains)\n- **LlamaIndex**: indexes documents\n"
            + "## Models\n### QuillNet\nA small model.\n";

    @Test
    void withoutTheSoftwareListTheNameRulesLearnSoftwareNames() {
        Lexicon lexicon = LexiconFactory.build(GAZETTEER, SoftwareNames.of(List.of()), learned(SOFTWARE_BESIDE_A_MODEL));
        assertNotNull(lexicon.lookup("vLLM"));
        assertNotNull(lexicon.lookup("LangChain"));
        assertNotNull(lexicon.lookup("LlamaIndex"));
    }

    @Test
    void wellKnownSoftwareIsLearnedAsNoModelOrConcept() {
        Lexicon lexicon = LexiconFactory.build(GAZETTEER, learned(SOFTWARE_BESIDE_A_MODEL));
        assertNull(lexicon.lookup("vLLM"));
        assertNull(lexicon.lookup("LangChain"));
        assertNull(lexicon.lookup("LlamaIndex"));
        assertEquals(NodeKind.MODEL, lexicon.lookup("QuillNet").kind());
    }

    @Test
    void aNameWhoseAliasIsSoftwareIsNotLearned() {
        List<NameFinding> findings = List.of(new NameFinding("Quill Torch Kit", List.of("PyTorch"), false, ExtractionRule.NAME_WITH_ACRONYM, false));
        assertNull(LexiconFactory.build(GAZETTEER, findings).lookup("Quill Torch Kit"));
    }

    @Test
    void theSoftwareListNeverHidesAGazetteerEntry() {
        SoftwareNames clashing = SoftwareNames.of(List.of("GPT-4", "LoRA", "QuillServe"));
        Lexicon lexicon = LexiconFactory.build(GAZETTEER, clashing, learned("## Notes\n### GPT-4\n### QuillServe\nServes models.\n"));
        assertEquals(NodeKind.MODEL, lexicon.lookup("GPT-4").kind());
        assertNotNull(lexicon.lookup("GPT-4").iri());
        assertEquals(NodeKind.CONCEPT, lexicon.lookup("LoRA").kind());
        assertNull(lexicon.lookup("QuillServe"));
    }
}
