package org.genaikg.extractor.yaml;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * SnakeYAML, bounded for text a knowledge base's writers (or anyone uploading a page) control:
 * plain data only (no tags that build objects), no recursive keys, at most 20 aliases to
 * collections (an alias bomb is refused, not expanded), nesting at most 30 deep, at most 1 MiB.
 */
public final class BoundedYaml {
    static final int MAX_ALIASES = 20;
    static final int MAX_NESTING = 30;
    static final int MAX_CODE_POINTS = 1 << 20;

    private BoundedYaml() {}

    /** YAML that is not valid (or past the bounds): the 1-based line within the text, when known, and why. */
    public static final class Invalid extends Exception {
        private final int line;

        public Invalid(int line, String reason) {
            super(reason);
            this.line = line;
        }

        /** The 1-based line in the YAML text, or 0 when the parser did not say (a bound it passed). */
        public int line() {
            return line;
        }
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }

    /** The data of a YAML text: maps, lists, strings, numbers, booleans, null. */
    public static Object load(String text) throws Invalid {
        try {
            return new Yaml(new SafeConstructor(options())).load(text);
        } catch (YAMLException e) {
            throw invalid(e);
        }
    }

    /**
     * The node tree of a YAML text, tags left unresolved: for files written for other tools
     * ({@code mkdocs.yml} holds {@code !!python/name:} tags), of which only plain keys are read.
     */
    public static Optional<Node> compose(String text) throws Invalid {
        try {
            LoaderOptions options = options();
            // tags are only composed here, never built into objects: any is harmless
            options.setTagInspector(tag -> true);
            return Optional.ofNullable(new Yaml(options).compose(new StringReader(text)));
        } catch (YAMLException e) {
            throw invalid(e);
        }
    }

    private static Invalid invalid(YAMLException e) {
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            String problem = marked.getProblem() == null ? "not valid YAML" : marked.getProblem();
            String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
            return new Invalid(marked.getProblemMark().getLine() + 1, context + problem);
        }
        return new Invalid(0, e.getMessage() == null ? "not valid YAML" : e.getMessage().lines().findFirst().orElse("not valid YAML"));
    }
}
