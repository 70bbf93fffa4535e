package org.genaikg.extractor.parse;

import java.util.regex.Pattern;

/** Drops HTML tags and comments from a block, keeping the text and Markdown between them. */
final class HtmlText {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");

    private HtmlText() {}

    static String withoutTags(String html) {
        String noComments = COMMENT.matcher(html).replaceAll(" ");
        return TAG.matcher(noComments).replaceAll(" ").replaceAll("(?m)^[ \\t]+", "");
    }
}
