package org.genaikg.extractor.recognise;

import java.io.Serializable;
import java.util.Locale;

/**
 * The identity of an entity before it has an IRI: models and concepts by name key, papers by
 * arXiv id, URL or title, articles by URL, repositories by host/owner/name, modalities by IRI.
 * Refs are ordered by {@link #key()}, which is stable: the resolver keeps the smallest ref of a
 * group as its root and mints IRIs in that order.
 */
public sealed interface Ref extends Comparable<Ref>, Serializable {
    /** The ref as one string: a prefix for its kind, then its identity ({@code name:llama2}). */
    String key();

    @Override
    default int compareTo(Ref other) {
        return key().compareTo(other.key());
    }

    static Name name(String lexiconKey) {
        return new Name(lexiconKey);
    }

    static Paper paper(ClassifiedLink link) {
        return link.arxivId() != null ? new Paper("arxiv:" + link.arxivId()) : new Paper("url:" + LinkClassifier.identity(link.url()));
    }

    static Paper paperByTitle(String title) {
        return new Paper("title:" + Names.key(title));
    }

    static Repository repository(ClassifiedLink link) {
        return new Repository(link.repository().toLowerCase(Locale.ROOT));
    }

    static Article article(ClassifiedLink link) {
        return new Article(LinkClassifier.identity(link.url()));
    }

    static Modality modality(String iri) {
        return new Modality(iri);
    }

    /** A model or concept, by the key of its lexicon entry. */
    record Name(String lexiconKey) implements Ref {
        @Override
        public String key() {
            return "name:" + lexiconKey;
        }
    }

    /** A paper, by {@code arxiv:ID}, {@code url:IDENTITY} or {@code title:KEY}. */
    record Paper(String identity) implements Ref {
        @Override
        public String key() {
            return "paper:" + identity;
        }
    }

    /** A web page, by its URL's identity. */
    record Article(String identity) implements Ref {
        @Override
        public String key() {
            return "article:" + identity;
        }
    }

    /** A code repository, by {@code host/owner/name}. */
    record Repository(String path) implements Ref {
        @Override
        public String key() {
            return "repo:" + path;
        }
    }

    /** A modality, by its IRI in the modality scheme. */
    record Modality(String iri) implements Ref {
        @Override
        public String key() {
            return "modality:" + iri;
        }
    }
}
