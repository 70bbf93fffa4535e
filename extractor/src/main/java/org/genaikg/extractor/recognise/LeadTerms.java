package org.genaikg.extractor.recognise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.extractor.parse.InlineText;

/** The term a list item defines: "**Attention**: ...", "Token Embedding: ...", "Multi-head attention. ...". */
public final class LeadTerms {
    private static final Pattern BEFORE_COLON = Pattern.compile("^([^:]{2,60}?)\\s*:\\s");
    private static final Pattern BEFORE_STOP = Pattern.compile("^([^.]{2,50}?)\\.\\s");
    private static final Pattern BEFORE_BRACKET = Pattern.compile("^([^(]{2,50}?)\\s*\\(");

    private LeadTerms() {}

    /** The lead term of a list item's text, or null when the item is a sentence. */
    public static String of(InlineText head) {
        String text = head.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!head.strongTerms().isEmpty() && text.startsWith(head.strongTerms().get(0))) {
            return clean(head.strongTerms().get(0));
        }
        for (Pattern pattern : new Pattern[] {BEFORE_COLON, BEFORE_STOP}) {
            Matcher m = pattern.matcher(text);
            if (m.find() && Names.words(m.group(1)).length <= 6) {
                return clean(m.group(1));
            }
        }
        Matcher bracket = BEFORE_BRACKET.matcher(text);
        if (bracket.find() && Names.words(bracket.group(1)).length <= 4) {
            return clean(bracket.group(1));
        }
        String[] words = Names.words(text);
        if (words.length <= 4) {
            return clean(text);
        }
        return firstWordsBeforeVerb(text);
    }

    /** "Cross attention applies attention to ..." gives "Cross attention". */
    private static String firstWordsBeforeVerb(String text) {
        Matcher m = Pattern.compile("^((?:[\\w-]+\\s+){0,3}[\\w-]+?)\\s+(?:is|are|applies|uses|allows|provides|"
                + "enables|learns|maps|helps|refers|combines|computes|means|was|were)\\b").matcher(text);
        return m.find() ? clean(m.group(1)) : null;
    }

    private static String clean(String term) {
        return term.strip().replaceAll("[:.,;]+$", "").replaceAll("^[*_`]+|[*_`]+$", "").strip();
    }
}
