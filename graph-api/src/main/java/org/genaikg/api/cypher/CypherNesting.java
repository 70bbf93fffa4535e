package org.genaikg.api.cypher;

import java.util.Locale;
import org.genaikg.api.web.QueryRejected;

/**
 * How deeply a Cypher text nests, outside strings, quoted names and comments: brackets
 * ({@code ( [ {}), {@code CASE ... END}, and chains of {@code NOT} (each {@code NOT} nests its operand,
 * up to the {@code AND}, {@code OR}, {@code XOR}, comma, {@code WHEN}/{@code THEN}/{@code ELSE} or
 * closing bracket that ends it, since it binds tighter than those). Neo4j 5.26's parser and its AST
 * rewriters recurse once per level and a few hundred levels overflow their stack; the server then
 * fails to encode its own error and never answers (measured: 640 nested parentheses, 1.3 KB of text,
 * left the driver waiting 241 s; 15,000 {@code NOT}s or 2,500 nested {@code CASE}s ran past a 3 s
 * timeout). So a query nested deeper than {@link #MAX_DEPTH} is refused before Neo4j sees it. This is
 * a bound on effort, not a judgement of what the query does: that is {@link CypherPlanPolicy}'s, on
 * the plan. Long flat chains of one operator ({@code a OR b OR ...}) are bounded by the body limit
 * and the query timeout instead.
 */
final class CypherNesting {

    /** Far deeper than any query a person writes; a quarter of the depth that was measured to overflow. */
    static final int MAX_DEPTH = 100;

    private final String cypher;
    /** Per open level (index 0: the top), how many {@code NOT}s are open in it. */
    private final int[] nots = new int[MAX_DEPTH + 2];
    private int level;
    private int depth;
    /** The keyword before, so that the {@code NOT} of {@code IS NOT NULL} is not taken for a prefix. */
    private String previous = "";

    private CypherNesting(String cypher) {
        this.cypher = cypher;
    }

    /** Returns when the query nests at most {@link #MAX_DEPTH} deep; throws {@link QueryRejected} otherwise. */
    static void check(String cypher) {
        new CypherNesting(cypher).scan();
    }

    private void scan() {
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
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(cypher.charAt(end)) || cypher.charAt(end) == '_')) {
                    end++;
                }
                if (isKeyword(i, end)) {
                    String word = cypher.substring(i, end).toUpperCase(Locale.ROOT);
                    word(word, i);
                    previous = word;
                }
                i = end;
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    open(i);
                } else if (c == ')' || c == ']' || c == '}') {
                    close();
                } else if (c == ',') {
                    endNots();
                }
                i++;
            }
        }
    }

    private void word(String word, int at) {
        switch (word) {
            case "CASE" -> open(at);
            case "END" -> close();
            case "NOT" -> {
                if (!previous.equals("IS")) {
                    nots[level]++;
                    deeper(at);
                }
            }
            // what ends the operand of a NOT: it binds tighter than these; and the clauses
            case "AND", "OR", "XOR", "WHEN", "THEN", "ELSE", "WHERE", "RETURN", "WITH", "MATCH", "UNWIND", "ORDER", "UNION",
                 "YIELD", "CALL" -> endNots();
            default -> { }
        }
    }

    private void open(int at) {
        deeper(at);
        level++;
        nots[level] = 0;
    }

    private void close() {
        if (level > 0) {
            endNots();
            level--;
            depth = Math.max(0, depth - 1);
        }
    }

    /** The {@code NOT}s open in this level end here. */
    private void endNots() {
        depth -= nots[level];
        nots[level] = 0;
    }

    private void deeper(int at) {
        depth++;
        if (depth > MAX_DEPTH) {
            throw new QueryRejected("The query nests more than " + MAX_DEPTH + " deep (brackets, CASE or NOT; at character "
                    + (at + 1) + "); Neo4j's parser cannot follow that deep. Write it flatter, with WITH, UNWIND or a list.");
        }
    }

    /** A word is a keyword unless it is a property ({@code n.end}), a label or type ({@code :Case}), a parameter or a map key. */
    private boolean isKeyword(int start, int end) {
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(cypher.charAt(before))) {
            before--;
        }
        if (before >= 0 && ".:$".indexOf(cypher.charAt(before)) >= 0) {
            return false;
        }
        int after = end;
        while (after < cypher.length() && Character.isWhitespace(cypher.charAt(after))) {
            after++;
        }
        return after >= cypher.length() || cypher.charAt(after) != ':';
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
