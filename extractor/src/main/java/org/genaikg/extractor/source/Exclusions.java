package org.genaikg.extractor.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Files and folders of the pages folder left out of the graph, as patterns on paths relative to
 * it, gitignore-style: {@code *} and {@code ?} stay within one path segment, {@code **} spans
 * segments; a pattern without a slash (other than a trailing one) matches a name at any depth; a
 * trailing slash matches only folders; a folder left out takes everything below it along.
 * Immutable.
 */
public final class Exclusions {
    /** What MkDocs leaves out by default too: hidden files and folders. */
    public static final Exclusion HIDDEN = new Exclusion(".*", "default");

    /** One pattern and where it was given ("default", "kg.yaml", "--exclude"). */
    public record Exclusion(String pattern, String origin) {
        @Override
        public String toString() {
            return pattern + " (" + origin + ")";
        }
    }

    private record Compiled(Exclusion exclusion, Pattern regex, boolean foldersOnly) {}

    private final List<Compiled> compiled;

    private Exclusions(List<Compiled> compiled) {
        this.compiled = compiled;
    }

    public static Exclusions of(List<Exclusion> exclusions) {
        List<Compiled> compiled = new ArrayList<>();
        for (Exclusion exclusion : exclusions) {
            String pattern = exclusion.pattern().strip().replace('\\', '/');
            boolean foldersOnly = pattern.endsWith("/");
            String body = pattern.replaceAll("/+$", "").replaceAll("^/+", "");
            if (body.isEmpty()) {
                continue;
            }
            boolean anchored = pattern.startsWith("/") || body.contains("/");
            String regex = (anchored ? "" : "(?:.*/)?") + globToRegex(body);
            compiled.add(new Compiled(exclusion, Pattern.compile(regex), foldersOnly));
        }
        return new Exclusions(List.copyOf(compiled));
    }

    /** True when the file or folder at {@code path} (relative, with {@code /}) is left out by a pattern. */
    public boolean excludes(String path, boolean folder) {
        for (Compiled c : compiled) {
            if ((folder || !c.foldersOnly()) && c.regex().matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }

    public List<Exclusion> list() {
        return compiled.stream().map(Compiled::exclusion).toList();
    }

    @Override
    public String toString() {
        return compiled.isEmpty() ? "none" : String.join(", ", list().stream().map(Exclusion::toString).toList());
    }

    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
