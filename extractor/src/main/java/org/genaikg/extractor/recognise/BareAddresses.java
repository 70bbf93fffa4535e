package org.genaikg.extractor.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web addresses written out in text rather than linked ("Article: https://towardsdatascience.com/...",
 * a course's address on a line of its own). Those that point at a written page are sources the page
 * gives; addresses of papers and code are left to their links. Pure.
 */
final class BareAddresses {
    /** An address that no Markdown link or HTML attribute holds: not after "(", "[", "<", a quote or "=". */
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\w(\\[<\"'=/])https?://[^\\s<>()\\[\\]\"']+");

    private BareAddresses() {}

    /** The written pages a text's bare addresses point at, in order. */
    static List<ClassifiedLink> in(String text) {
        List<ClassifiedLink> found = new ArrayList<>();
        if (!text.contains("://")) {
            return found;
        }
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            String url = m.group().replaceAll("[.,;:!?]+$", "");
            ClassifiedLink link = LinkClassifier.classify(url, url);
            if (EntryLinks.isWrittenPage(link)) {
                found.add(link);
            }
        }
        return found;
    }
}
