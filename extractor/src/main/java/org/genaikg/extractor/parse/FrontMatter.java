package org.genaikg.extractor.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genaikg.extractor.model.Problem;
import org.genaikg.extractor.yaml.BoundedYaml;

/**
 * A page's YAML front matter: the lines between a first line {@code ---} and the next {@code ---}
 * or {@code ...}. As MkDocs does, a block that is no valid YAML mapping is read as Markdown (a
 * slide deck's leading {@code ---} is a rule, not metadata) and reported; flexmark alone would
 * drop it silently, and would pass an alias bomb without a word (it expands no aliases; the check
 * refuses them).
 */
public final class FrontMatter {
    private FrontMatter() {}

    /** The YAML text of the front matter, if the page opens with one. */
    static Optional<String> of(String text) {
        if (!text.startsWith("---")) {
            return Optional.empty();
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (!lines[0].strip().equals("---")) {
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                return Optional.of(String.join("\n", Arrays.asList(lines).subList(1, i)));
            }
        }
        return Optional.empty();
    }

    /** Why the front matter is not metadata (with its 1-based line in the block, or 0), or empty when it is or there is none. */
    private static Optional<BoundedYaml.Invalid> defect(String text) {
        Optional<String> yaml = of(text);
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        try {
            Object data = BoundedYaml.load(yaml.get());
            return data == null || data instanceof Map<?, ?> ? Optional.empty()
                    : Optional.of(new BoundedYaml.Invalid(1, "a " + (data instanceof List<?> ? "list" : "single value") + ", not keys and values"));
        } catch (BoundedYaml.Invalid invalid) {
            return Optional.of(invalid);
        }
    }

    /** True when the page opens with front matter that is no metadata, so it is read as Markdown. */
    static boolean isMarkdown(String text) {
        return defect(text).isPresent();
    }

    /** A warning for front matter that is no valid YAML mapping (or too costly YAML), naming the page's line; none otherwise. */
    public static List<Problem> problems(String path, String text) {
        return defect(text).map(invalid -> List.of(new Problem(Problem.Severity.WARNING, path, invalid.line() + 1,
                        "front matter is not valid YAML (" + invalid.getMessage() + "): read as Markdown")))
                .orElse(List.of());
    }
}
