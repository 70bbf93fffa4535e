package org.genaikg.extractor.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One example of a rule spec file, in the shape of flexmark's {@code *_spec.md}: a fence of 32
 * backticks opened with {@code example SECTION: N} and optional {@code options(a, b)}, the Markdown
 * of a page, a line holding a single {@code .}, then the graph lines the page must give.
 *
 * @param file the spec file it comes from
 * @param line the 1-based line of its opening fence
 */
record SpecExample(String file, int line, String section, int number, Set<String> options, String markdown,
                   List<String> expected) {
    static final String FENCE = "````````````````````````````````";
    private static final Pattern OPENING = Pattern.compile(
            "^" + FENCE + " example (.+?): (\\d+)(?:\\s+options\\(([^)]*)\\))?\\s*$");

    String name() {
        return section + ": " + number;
    }

    /** Every example of a spec file's text. */
    static List<SpecExample> parse(String file, String text) {
        List<SpecExample> examples = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher opening = OPENING.matcher(lines[i]);
            if (!opening.matches()) {
                if (lines[i].startsWith(FENCE)) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": a fence that opens no example: " + lines[i]);
                }
                continue;
            }
            int start = i;
            StringBuilder markdown = new StringBuilder();
            List<String> expected = new ArrayList<>();
            boolean inExpected = false;
            for (i++; i < lines.length && !lines[i].equals(FENCE); i++) {
                if (!inExpected && lines[i].equals(".")) {
                    inExpected = true;
                } else if (inExpected) {
                    if (!lines[i].isBlank()) {
                        expected.add(lines[i].strip());
                    }
                } else {
                    markdown.append(lines[i].replace('→', '\t')).append('\n');
                }
            }
            if (i == lines.length || !inExpected) {
                throw new IllegalArgumentException(file + ":" + (start + 1) + ": example without its '.' line or closing fence");
            }
            Set<String> options = opening.group(3) == null ? Set.of()
                    : Set.of(opening.group(3).strip().split("\\s*,\\s*"));
            examples.add(new SpecExample(file, start + 1, opening.group(1), Integer.parseInt(opening.group(2)), options,
                    markdown.toString(), List.copyOf(expected)));
        }
        return examples;
    }

    /** The spec file's text with this example's expected lines replaced by {@code lines}. */
    static String withExpected(String text, SpecExample example, List<String> lines) {
        String[] all = text.split("\n", -1);
        int dot = example.line();
        while (!all[dot].equals(".")) {
            dot++;
        }
        int close = dot + 1;
        while (!all[close].equals(FENCE)) {
            close++;
        }
        List<String> out = new ArrayList<>(List.of(all).subList(0, dot + 1));
        out.addAll(lines);
        out.addAll(List.of(all).subList(close, all.length));
        return String.join("\n", out);
    }
}
