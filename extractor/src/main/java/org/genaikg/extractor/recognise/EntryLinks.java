package org.genaikg.extractor.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genaikg.extractor.parse.InlineText;
import org.genaikg.extractor.parse.Link;

/** The links of an entry, classified, and the one the entry is about. Pure. */
final class EntryLinks {
    private EntryLinks() {}

    /** The links that point at something: no images, badges, mail or empty targets. */
    static List<ClassifiedLink> classify(List<Link> links) {
        List<ClassifiedLink> out = new ArrayList<>();
        for (Link link : links) {
            if (!link.image()) {
                ClassifiedLink classified = LinkClassifier.classify(link.text(), link.url());
                if (classified.kind() != LinkKind.IMAGE && classified.kind() != LinkKind.NONE) {
                    out.add(classified);
                }
            }
        }
        return out;
    }

    /** The link an entry is about: the first link, when the entry's text starts with it. */
    static ClassifiedLink primaryLink(InlineText head, List<ClassifiedLink> links) {
        if (links.isEmpty()) {
            return null;
        }
        ClassifiedLink first = links.get(0);
        String text = head.text().strip();
        int at = first.text().isEmpty() ? -1 : text.indexOf(first.text());
        if (at < 0 || at > 3 || first.kind() == LinkKind.ANCHOR || NameClassifier.isGeneric(first.text())) {
            return null;
        }
        return first;
    }

    static boolean isEntityLink(LinkKind kind) {
        return kind == LinkKind.PAPER || kind == LinkKind.REPOSITORY || kind == LinkKind.ARTICLE;
    }

    /** "also possible", "this work": a few lower-case words of a sentence, not a title. */
    static boolean isWordsOfASentence(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0)) && Names.words(text).length <= 3
                && !Names.isDistinctiveToken(Names.words(text).length == 0 ? text : Names.words(text)[0]);
    }

    /** "Website", "Homepage": a link to a site, which is no written page (EXTRACTION.md: an Article is a post, a story, a doc). */
    private static final java.util.regex.Pattern SITE = java.util.regex.Pattern.compile(
            "(?i)^(?:(?:project|official)\\s+)?(?:web\\s*site|web\\s*page|home\\s*page|site|youtube|video)$");
    /** A site's front page ("https://fly.io/", "https://gpt4all.io/index.html"), a video: no written page. */
    private static final java.util.regex.Pattern FRONT_PAGE_OR_VIDEO = java.util.regex.Pattern.compile(
            "(?i)^(?:https?://)?(?:www\\.)?(?:[^/?#]+/?(?:index\\.html?)?|(?:youtube\\.com|youtu\\.be|vimeo\\.com)/.*)$");
    /** github.com/org, huggingface.co/org: the page of an owner on a code host, neither a repository nor an article. */
    private static final java.util.regex.Pattern CODE_HOST = java.util.regex.Pattern.compile(
            "(?i)^(?:https?://)?(?:www\\.)?(?:github\\.com|gitlab\\.com|huggingface\\.co)(?:/|$).*");

    /** True for a web page a link in an entry's body or a list presents as a source: not a site's home, not a code host. */
    static boolean isWrittenPage(ClassifiedLink link) {
        String text = link.text().strip();
        return link.kind() == LinkKind.ARTICLE && !SITE.matcher(text).matches() && !CODE_HOST.matcher(link.url()).matches()
                && !FRONT_PAGE_OR_VIDEO.matcher(link.url()).matches()
                && (text.contains("://") || !isWordsOfASentence(text));
    }

    /** "Paper", "arXiv", "[pdf]": a link that names no title of its own. */
    static boolean isPlainPaperLink(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.isEmpty() || NameClassifier.isGeneric(text) || lower.matches("(?:https?://|www\\.)\\S+") || lower.matches("(?:the\\s+)?(?:paper|arxiv|pdf|preprint)(?:\\s.*)?")
                && Names.words(lower).length <= 2;
    }
}
