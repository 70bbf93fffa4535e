package org.genaikg.extractor.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.genaikg.extractor.yaml.BoundedYaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@code kg.yaml}, the settings a knowledge base keeps beside its pages (at the top of its
 * repository): where the pages are and what to leave out.
 *
 * <pre>
 * docs: docs            # the pages folder, relative to this file
 * exclude:              # patterns on paths relative to the pages folder (see Exclusions)
 *   - Managenai/
 *   - "*&#47;leaked/*"
 * </pre>
 *
 * @param docs the pages folder, if set
 * @param exclude the patterns to leave out
 */
public record ProjectFile(Optional<String> docs, List<String> exclude) {
    public static final String NAME = "kg.yaml";
    public static final ProjectFile NONE = new ProjectFile(Optional.empty(), List.of());

    public ProjectFile {
        exclude = List.copyOf(exclude);
    }

    /** A {@code kg.yaml} that cannot be used: the message is {@code FILE:LINE: reason}. */
    public static final class Invalid extends RuntimeException {
        private final int line;
        private final String reason;

        Invalid(int line, String reason) {
            this(NAME, line, reason);
        }

        private Invalid(String file, int line, String reason) {
            super(file + (line > 0 ? ":" + line : "") + ": " + reason);
            this.line = line;
            this.reason = reason;
        }

        /** The same, naming the file by its path. */
        public Invalid in(java.nio.file.Path file) {
            return new Invalid(file.toString(), line, reason);
        }
    }

    /**
     * Reads the file's text.
     *
     * @throws Invalid when it is no YAML mapping of the known settings
     */
    public static ProjectFile parse(String text) {
        Node root;
        try {
            Optional<Node> composed = BoundedYaml.compose(text);
            if (composed.isEmpty()) {
                return NONE;
            }
            root = composed.get();
        } catch (BoundedYaml.Invalid e) {
            throw new Invalid(e.line(), "not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new Invalid(line(root), "expected settings (docs, exclude), one per line as 'name: value'");
        }
        Optional<String> docs = Optional.empty();
        List<String> exclude = new ArrayList<>();
        for (NodeTuple setting : mapping.getValue()) {
            String key = setting.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            Node value = setting.getValueNode();
            switch (key) {
                case "docs" -> docs = Optional.of(scalar(value, "docs: a folder, relative to kg.yaml"));
                case "exclude" -> {
                    if (value instanceof SequenceNode list) {
                        list.getValue().forEach(item -> exclude.add(scalar(item, "exclude: a list of patterns")));
                    } else {
                        exclude.add(scalar(value, "exclude: a list of patterns"));
                    }
                }
                default -> throw new Invalid(line(setting.getKeyNode()), "unknown setting '" + key + "' (known: docs, exclude)");
            }
        }
        return new ProjectFile(docs, exclude);
    }

    private static String scalar(Node node, String expected) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        throw new Invalid(line(node), "expected " + expected);
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
