package org.genaikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The curated software names: how many, how they are found, and that none names a gazetteer model or concept. */
class SoftwareNamesTest {
    private static final SoftwareNames SOFTWARE = SoftwareNames.load();
    private static final Model FILE = OntologyResources.load(OntologyResources.SOFTWARE_NAMES);

    @Test
    void theListHoldsBetween80And150Entries() {
        int size = SOFTWARE.labels().size();
        assertTrue(size >= 80 && size <= 150, size + " entries");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LangChain", "langchain", "Llama.cpp", "llama-cpp", "VLLM", "PyTorch", "LlamaIndex", "GPT Index",
        "Hugging Face Transformers", "ChromaDB", "Semantic Kernel", "crewai", "FAISS", "Weights & Biases"})
    void softwareIsFoundByAnySpellingOfItsNames(String name) {
        assertTrue(SOFTWARE.contains(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Llama 2", "GPT-4", "BERT", "Transformer", "LoRA", "Whisper", "AutoGPT", "MemGPT", "AutoGen", "Chroma", ""})
    void modelsConceptsAndModelBasedSystemsAreNotSoftwareNames(String name) {
        assertFalse(SOFTWARE.contains(name), name);
    }

    @Test
    void noSoftwareNameIsANameOfTheGazetteer() {
        Gazetteer gazetteer = Gazetteer.load();
        List<String> shadowed = names().stream().filter(name -> gazetteer.byName(name).isPresent()).toList();
        assertEquals(List.of(), shadowed);
    }

    @Test
    void noTwoEntriesShareANormalisedName() {
        Map<String, Resource> owner = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (Resource entry : entries()) {
            for (String name : namesOf(entry)) {
                Resource previous = owner.putIfAbsent(NameKeys.key(name), entry);
                if (previous != null) {
                    shared.add(name);
                }
            }
        }
        assertEquals(List.of(), shared);
    }

    @Test
    void entriesCarryOnlyTheirTypeLabelAndAltLabels() {
        Set<Property> allowed = Set.of(VocabularyReading.TYPE, VocabularyReading.LABEL, VocabularyReading.ALT_LABEL);
        List<String> other = FILE.listStatements().toList().stream()
                .filter(statement -> !allowed.contains(statement.getPredicate()))
                .map(Statement::toString)
                .toList();
        assertEquals(List.of(), other);
        assertEquals(FILE.listSubjects().toList().size(), entries().size(), "a subject without type gkg:SoftwareName");
    }

    private static List<Resource> entries() {
        return FILE.listSubjectsWithProperty(VocabularyReading.TYPE, FILE.createResource(SoftwareNames.CLASS)).toList();
    }

    private static List<String> names() {
        return entries().stream().flatMap(entry -> namesOf(entry).stream()).toList();
    }

    private static List<String> namesOf(Resource entry) {
        return entry.listProperties(VocabularyReading.LABEL).andThen(entry.listProperties(VocabularyReading.ALT_LABEL))
                .mapWith(Statement::getObject).mapWith(RDFNode::asLiteral).mapWith(literal -> literal.getLexicalForm()).toList();
    }
}
