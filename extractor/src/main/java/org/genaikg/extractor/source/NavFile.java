package org.genaikg.extractor.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genaikg.extractor.yaml.BoundedYaml;

/**
 * A folder's {@code .pages} file (the MkDocs awesome-pages plugin's, which the knowledge base kept
 * after leaving MkDocs): the folder's title and its navigation, where an entry may give the page
 * or sub-folder it names a title ({@code - "Understand and build": Understanding}).
 *
 * @param title the folder's own title, if set
 * @param titles the titles the navigation gives, by the name of the page or folder in this folder
 */
public record NavFile(Optional<String> title, Map<String, String> titles) {
    public static final String NAME = ".pages";
    public static final NavFile NONE = new NavFile(Optional.empty(), Map.of());

    public NavFile {
        titles = Map.copyOf(titles);
    }

    /** Reads the file's text; {@code nav} (or its old name {@code arrange}) entries that are links elsewhere are left out. */
    public static NavFile parse(String text) throws BoundedYaml.Invalid {
        if (!(BoundedYaml.load(text) instanceof Map<?, ?> settings)) {
            return NONE;
        }
        Optional<String> title = settings.get("title") instanceof String t && !t.isBlank() ? Optional.of(t.strip()) : Optional.empty();
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        Object nav = settings.containsKey("nav") ? settings.get("nav") : settings.get("arrange");
        for (Object entry : nav instanceof List<?> list ? list : List.of()) {
            if (entry instanceof Map<?, ?> titled && titled.size() == 1) {
                Map.Entry<?, ?> only = titled.entrySet().iterator().next();
                if (only.getKey() != null && only.getValue() instanceof String name && !name.contains("://")) {
                    titles.putIfAbsent(name.strip().replaceAll("/+$", ""), String.valueOf(only.getKey()).strip());
                }
            }
        }
        return new NavFile(title, titles);
    }
}
