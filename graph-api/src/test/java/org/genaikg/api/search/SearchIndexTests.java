package org.genaikg.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.genaikg.api.index.IndexedNode;
import org.genaikg.ontology.NodeKind;
import org.junit.jupiter.api.Test;

class SearchIndexTests {
    static final String R = "https://w3id.org/genai-kg/resource/";

    static IndexedNode node(String id, NodeKind kind, String label, String... aliases) {
        return new IndexedNode(R + id, kind, label, List.of(aliases), "context of " + label);
    }

    final SearchIndex index = SearchIndex.of(List.of(
            node("model/llama-2", NodeKind.MODEL, "Llama 2", "Llama-2"),
            node("model/llama", NodeKind.MODEL, "LLaMA", "LLama"),
            node("model/code-llama", NodeKind.MODEL, "Code Llama"),
            node("model/gpt-3", NodeKind.MODEL, "GPT-3"),
            node("model/gpt-4", NodeKind.MODEL, "GPT-4"),
            node("concept/transformer", NodeKind.CONCEPT, "Transformer"),
            node("concept/multi-head-attention", NodeKind.CONCEPT, "Multi-head attention", "MHA"),
            node("paper/arxiv-2307.09288", NodeKind.PAPER, "Llama 2: Open Foundation and Fine-Tuned Chat Models")));

    List<String> ids(String query) {
        return index.search(query, Set.of(), 10).stream().map(SearchHit::id).toList();
    }

    @Test
    void exactMatchRanksFirstThenPrefixThenWord() {
        assertThat(ids("llama")).startsWith("model/llama", "model/llama-2", "paper/arxiv-2307.09288", "model/code-llama");
    }

    @Test
    void aWordStartingWithTheQueryIsFoundWhenAnotherNameHasTheWholeWordAndManyShareItsTrigrams() {
        List<IndexedNode> nodes = new java.util.ArrayList<>();
        nodes.add(node("model/tiny-llama", NodeKind.MODEL, "Tiny Llama"));
        nodes.add(node("model/big-llamaverse", NodeKind.MODEL, "Big Llamaverse"));
        for (int i = 0; i < 1100; i++) {
            nodes.add(node("model/llama-" + i, NodeKind.MODEL, "llama" + (1000 + i)));
        }

        List<SearchHit> hits = SearchIndex.of(nodes).search("llama", Set.of(), 2000);

        assertThat(hits).anySatisfy(hit -> {
            assertThat(hit.id()).isEqualTo("model/big-llamaverse");
            assertThat(hit.match()).isEqualTo("word");
        });
    }

    @Test
    void caseSpacesAndPunctuationAreIgnored() {
        SearchHit hit = index.search("llama2", Set.of(), 1).get(0);
        assertThat(hit.id()).isEqualTo("model/llama-2");
        assertThat(hit.match()).isEqualTo("exact");
        assertThat(index.search("LLAMA-2", Set.of(), 1).get(0).id()).isEqualTo("model/llama-2");
    }

    @Test
    void digitsAreNotIgnored() {
        SearchHit hit = index.search("gpt-3", Set.of(), 5).get(0);
        assertThat(hit.id()).isEqualTo("model/gpt-3");
        assertThat(index.search("gpt-3", Set.of(), 5).get(1).score()).isLessThan(hit.score());
    }

    @Test
    void aliasMatchReportsTheAlias() {
        SearchHit hit = index.search("mha", Set.of(), 1).get(0);
        assertThat(hit.id()).isEqualTo("concept/multi-head-attention");
        assertThat(hit.matchedAlias()).isEqualTo("MHA");
        assertThat(index.search("llama 2", Set.of(), 1).get(0).matchedAlias()).isNull();
    }

    @Test
    void wordMatchFindsANameByALaterWord() {
        SearchHit hit = index.search("attention", Set.of(), 1).get(0);
        assertThat(hit.id()).isEqualTo("concept/multi-head-attention");
        assertThat(hit.match()).isEqualTo("word");
    }

    @Test
    void misspellingsAreFoundFuzzily() {
        assertThat(ids("transfomer")).first().isEqualTo("concept/transformer");
        assertThat(index.search("trnsformer", Set.of(), 1).get(0).match()).isEqualTo("fuzzy");
    }

    @Test
    void unrelatedTextFindsNothing() {
        assertThat(ids("zebra")).isEmpty();
        assertThat(ids("  -- ")).isEmpty();
    }

    @Test
    void typesFilterTheClasses() {
        assertThat(index.search("llama", Set.of(NodeKind.PAPER), 10)).extracting(SearchHit::id)
                .containsExactly("paper/arxiv-2307.09288");
    }

    @Test
    void limitCutsTheRanking() {
        assertThat(index.search("llama", Set.of(), 2)).hasSize(2);
    }

    @Test
    void hitCarriesTypeLabelAndContext() {
        SearchHit hit = index.search("llama", Set.of(), 1).get(0);
        assertThat(hit.type()).isEqualTo("Model");
        assertThat(hit.label()).isEqualTo("LLaMA");
        assertThat(hit.context()).isEqualTo("context of LLaMA");
        assertThat(hit.iri()).isEqualTo(R + "model/llama");
    }
}
