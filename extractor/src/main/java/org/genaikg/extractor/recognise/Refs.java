package org.genaikg.extractor.recognise;

import java.util.Locale;

/**
 * Resolution keys: the identity of an entity before it has an IRI. Papers by arXiv id or URL,
 * repositories by host/owner/name, articles by URL, models and concepts by name key,
 * modalities by IRI.
 */
public final class Refs {
    public static final String NAME = "name:";
    public static final String PAPER = "paper:";
    public static final String ARTICLE = "article:";
    public static final String REPOSITORY = "repo:";
    public static final String MODALITY = "modality:";

    private Refs() {}

    public static String name(String lexiconKey) {
        return NAME + lexiconKey;
    }

    public static String paper(ClassifiedLink link) {
        return link.arxivId() != null ? PAPER + "arxiv:" + link.arxivId() : PAPER + "url:" + LinkClassifier.identity(link.url());
    }

    public static String paperByTitle(String title) {
        return PAPER + "title:" + Names.key(title);
    }

    public static String repository(ClassifiedLink link) {
        return REPOSITORY + link.repository().toLowerCase(Locale.ROOT);
    }

    public static String article(ClassifiedLink link) {
        return ARTICLE + LinkClassifier.identity(link.url());
    }

    public static String modality(String iri) {
        return MODALITY + iri;
    }
}
