package org.genaikg.extractor.recognise;

/**
 * A link after classification.
 *
 * @param url the canonical URL ({@code https://arxiv.org/abs/ID} for arXiv; the repository root for code)
 * @param arxivId the normalised arXiv id, or null
 * @param repository {@code host/owner/name} lower-cased for repositories, or null
 * @param repositoryLabel {@code owner/name} as written, or null
 * @param year the year the URL gives, or 0
 */
public record ClassifiedLink(LinkKind kind, String text, String url, String arxivId, String repository,
                             String repositoryLabel, int year) {}
