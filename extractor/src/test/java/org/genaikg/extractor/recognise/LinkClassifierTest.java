package org.genaikg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkClassifierTest {

    @ParameterizedTest
    @CsvSource({
        "https://arxiv.org/pdf/2307.09288.pdf, 2307.09288",
        "https://arxiv.org/abs/2307.09288v2, 2307.09288",
        "arxiv.org/abs/hep-th/9901001, hep-th/9901001",
        "https://arxiv.org/pdf/2306.03078v1.pdf, 2306.03078"
    })
    void arxivIdsAreNormalised(String url, String id) {
        ClassifiedLink link = LinkClassifier.classify("t", url);
        assertEquals(LinkKind.PAPER, link.kind());
        assertEquals(id, link.arxivId());
        assertEquals("https://arxiv.org/abs/" + id, link.url());
    }

    @ParameterizedTest
    @CsvSource({
        "https://ieeexplore.ieee.org/abstract/document/9585401, PAPER",
        "http://proceedings.mlr.press/v119/xiong20b/xiong20b.pdf, PAPER",
        "https://aclanthology.org/2022.findings-aacl.42.pdf, PAPER",
        "https://openreview.net/forum?id=abc, PAPER",
        "https://github.com/ContextualAI/lens, REPOSITORY",
        "github.com/andyzoujm/representation-engineering, REPOSITORY",
        "https://huggingface.co/spaces/owner/demo, REPOSITORY",
        "https://github.com/ianderrington/genai/assets/76016868/5f6a647d, IMAGE",
        "https://user-images.githubusercontent.com/1/2.png, IMAGE",
        "https://badgen.net/github/stars/x/y, IMAGE",
        "https://jalammar.github.io/illustrated-transformer/, ARTICLE",
        "../../data/tokenizing.md, PAGE",
        "#foundation-models, ANCHOR"
    })
    void linksAreClassifiedByTarget(String url, LinkKind kind) {
        assertEquals(kind, LinkClassifier.classify("t", url).kind());
    }

    @ParameterizedTest
    @CsvSource({"https://github.com/idiap/fast-transformers/tree/master, github/idiap/fast-transformers, idiap/fast-transformers"})
    void repositoriesAreNamedByOwnerAndName(String url, String key, String label) {
        ClassifiedLink link = LinkClassifier.classify("t", url);
        assertEquals(key, link.repository());
        assertEquals(label, link.repositoryLabel());
        assertNull(link.arxivId());
    }
}
