package org.genaikg.api.cypher;

import org.genaikg.api.web.QueryRejected;

/**
 * How deeply a Cypher text nests brackets ({@code ( [ {}), outside strings, quoted names and
 * comments. Neo4j 5.26's parser recurses once per level and a few hundred levels overflow its stack;
 * the server then fails to encode its own error and never answers (measured: 640 nested parentheses,
 * 1.3 KB of text, left the driver waiting 241 s). So a query nested deeper than {@link #MAX_DEPTH}
 * is refused before Neo4j sees it. This is a bound on effort, not a judgement of what the query
 * does: that is {@link CypherPlanPolicy}'s, on the plan.
 */
final class CypherNesting {

    /** Far deeper than any query a person writes; a quarter of the depth that was measured to overflow. */
    static final int MAX_DEPTH = 100;

    private CypherNesting() {}

    /** Returns when the brackets nest at most {@link #MAX_DEPTH} deep; throws {@link QueryRejected} otherwise. */
    static void check(String cypher) {
        int depth = 0;
        int i = 0;
        int n = cypher.length();
        while (i < n) {
            char c = cypher.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfString(cypher, i, c);
            } else if (c == '`') {
                i = endOfQuotedName(cypher, i);
            } else if (c == '/' && i + 1 < n && cypher.charAt(i + 1) == '/') {
                int end = cypher.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && cypher.charAt(i + 1) == '*') {
                int end = cypher.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        throw new QueryRejected("The query nests brackets more than " + MAX_DEPTH + " deep (at character " + (i + 1)
                                + "); Neo4j's parser cannot follow that deep. Write it flatter, with WITH, UNWIND or a list.");
                    }
                } else if (c == ')' || c == ']' || c == '}') {
                    depth = Math.max(0, depth - 1);
                }
                i++;
            }
        }
    }

    /** The index after a string literal opened by {@code quote} at {@code start}; a backslash escapes the next character. */
    private static int endOfString(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** The index after a backtick-quoted name; a doubled backtick stands for one. */
    private static int endOfQuotedName(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == '`') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '`') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }
}
