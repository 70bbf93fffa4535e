package org.genaikg.extractor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the MkDocs Material quirks into Markdown flexmark parses the same way every time,
 * keeping every line where it was so that line numbers stay true:
 * admonition headers get a kind and a closed quoted title, admonition bodies indented by
 * fewer than four spaces are re-indented, and include directives are blanked out (and
 * reported, so the page can link to what it includes).
 */
public final class DialectNormaliser {
    private static final Pattern ADMONITION = Pattern.compile("^(\\s*)(!!!|\\?\\?\\?\\+?)(.*)$");
    private static final Pattern KIND_THEN_REST = Pattern.compile("^\\s*([A-Za-z][\\w-]*)(?=\\s|$)(.*)$");
    private static final Pattern JINJA_OPEN = Pattern.compile("\\{%");
    private static final Pattern INCLUDE_FILE = Pattern.compile("include(?:-markdown)?\\s+[\"']([^\"']+)[\"']");
    private static final Pattern SNIPPET = Pattern.compile("^\\s*-{2}8<-{2}\\s*[\"']?([^\"'\\s]+)[\"']?\\s*$");
    /** An under-indented line after more blank lines than this ends the admonition, as MkDocs would. */
    private static final int MAX_BLANK_LINES_IN_BODY = 2;
    /** "[x](https://github.com/l3vels/ L3AGI)": a space typed after a slash inside a link target. */
    private static final Pattern BROKEN_URL = Pattern.compile("\\]\\((https?://[^)\\s]*/)\\s+([^)\\s]+)\\)");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```+|~~~+)");

    /** The rewritten text and the includes found, each with its 1-based line. */
    public record Result(String text, List<Include> includes) {}

    /** An include directive: the included file as written, and the line of the directive. */
    public record Include(String target, int line) implements java.io.Serializable {}

    private DialectNormaliser() {}

    public static Result normalise(String markdown) {
        String[] lines = markdown.split("\r\n|\r|\n", -1);
        List<Include> includes = new ArrayList<>();
        String fence = null;
        int admonitionIndent = -1;
        int blankRun = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher fenceMatch = FENCE.matcher(line);
            if (fence != null) {
                if (fenceMatch.find() && fenceMatch.group(1).charAt(0) == fence.charAt(0)
                        && fenceMatch.group(1).length() >= fence.length()) {
                    fence = null;
                }
                continue;
            }
            if (admonitionIndent >= 0) {
                if (line.isBlank()) {
                    blankRun++;
                    continue;
                }
                int indent = indentOf(line);
                boolean close = blankRun <= MAX_BLANK_LINES_IN_BODY;
                blankRun = 0;
                if (indent > admonitionIndent && indent < admonitionIndent + 4 && close) {
                    line = " ".repeat(admonitionIndent + 4) + line.stripLeading();
                    lines[i] = line;
                } else if (indent <= admonitionIndent || indent < admonitionIndent + 4) {
                    admonitionIndent = -1;
                }
            }
            if (fenceMatch.find()) {
                fence = fenceMatch.group(1);
                continue;
            }
            Matcher snippet = SNIPPET.matcher(line);
            if (snippet.matches()) {
                includes.add(new Include(snippet.group(1), i + 1));
                lines[i] = "";
                continue;
            }
            if (JINJA_OPEN.matcher(line).find()) {
                i = blankJinja(lines, i, includes);
                continue;
            }
            line = BROKEN_URL.matcher(line).replaceAll("]($1$2)");
            lines[i] = line;
            Matcher admonition = ADMONITION.matcher(line);
            if (admonition.matches()) {
                lines[i] = admonition.group(1) + admonition.group(2) + " " + header(admonition.group(3));
                admonitionIndent = admonition.group(1).length();
                blankRun = 0;
            }
        }
        return new Result(String.join("\n", lines), includes);
    }

    /** Blanks a {@code {% ... %}} directive, which may span lines; returns its last line index. */
    private static int blankJinja(String[] lines, int start, List<Include> includes) {
        StringBuilder directive = new StringBuilder();
        int end = start;
        for (int j = start; j < lines.length && j < start + 20; j++) {
            directive.append(lines[j]).append('\n');
            end = j;
            if (lines[j].contains("%}")) {
                break;
            }
        }
        if (!directive.toString().contains("%}")) {
            end = start;
        }
        Matcher include = INCLUDE_FILE.matcher(directive);
        if (include.find()) {
            includes.add(new Include(include.group(1), start + 1));
        }
        for (int j = start; j <= end; j++) {
            lines[j] = lines[j].replaceAll("\\{%.*?(%}|$)", "").replaceAll("^.*%}", "");
            if (j > start && j < end) {
                lines[j] = "";
            }
        }
        if (end > start) {
            lines[start] = "";
            lines[end] = "";
        }
        return end;
    }

    /** {@code tip "title"}, {@code "title}, {@code [link](url) text} become {@code kind "title"}. */
    static String header(String rest) {
        String kind = "note";
        String remainder = rest.strip();
        Matcher kindMatch = KIND_THEN_REST.matcher(remainder);
        if (kindMatch.matches() && !remainder.startsWith("\"") && !remainder.startsWith("[")) {
            kind = kindMatch.group(1);
            remainder = kindMatch.group(2).strip();
        }
        if (remainder.isEmpty()) {
            return kind;
        }
        String title;
        if (remainder.startsWith("\"")) {
            int close = remainder.lastIndexOf('"');
            title = close > 0 ? remainder.substring(1, close) + remainder.substring(close + 1) : remainder.substring(1);
        } else {
            title = remainder;
        }
        return kind + " \"" + title.replace("\"", "'").strip() + "\"";
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n += line.charAt(n) == '\t' ? 4 : 1;
        }
        return n;
    }
}
