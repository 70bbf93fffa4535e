package org.genaikg.extractor.recognise;

/** What a link points at. */
public enum LinkKind {
    /** A scholarly work: arXiv, OpenReview, ACL Anthology, proceedings, publishers, preprint servers, a PDF. */
    PAPER,
    /** A code repository: GitHub, GitLab, Hugging Face model or Space. */
    REPOSITORY,
    /** Any other web page: blog post, news, documentation. */
    ARTICLE,
    /** An image, a badge or a GitHub asset. */
    IMAGE,
    /** Another page of the knowledge base (relative link). */
    PAGE,
    /** An anchor on this page. */
    ANCHOR,
    /** Nothing to record (mailto, javascript, empty). */
    NONE
}
