package org.genaikg.extractor.recognise;

import java.util.regex.Pattern;

/**
 * The title a link's text gives, without what the page added around it: a "Paper:" or "Title:" label before
 * it, a citation after it ("(arxiv 2305.10601)", "(Kaplan et al. 2020)", "(NIPS 2016)") and a
 * closing stop or colon. Pure.
 */
public final class LinkTitles {
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:paper|arxiv|pdf|preprint|title)\\s*:\\s+(?=\\p{L})");
    private static final Pattern CITATION = Pattern.compile(
            "(?i)\\s*\\((?:arxiv\\b[^()]*|[^()]*\\bet\\s+al\\b[^()]*|[^()]*\\b(?:19|20)\\d{2}\\b[^()]*)\\)\\s*$");

    private LinkTitles() {}

    public static String of(String linkText) {
        String title = LABEL.matcher(linkText.strip()).replaceFirst("");
        title = CITATION.matcher(title).replaceFirst("");
        return title.strip().replaceAll("[.:]+$", "");
    }
}
