package org.genaikg.extractor.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.parse.PageParser;
import org.genaikg.extractor.recognise.NameFinding;
import org.genaikg.extractor.recognise.NameLearner;

/** The rule spec files, one per rule family, and how an example is run: its page through the whole extractor. */
final class RuleSpecs {
    /** The families, each a {@code NAME_spec.md} beside this class's resources. */
    static final List<String> FAMILIES = List.of(
            "structure", "entries", "cards", "tables", "links", "lists", "headings", "mentions", "modalities", "names", "relations");
    private static final String FOLDER = "/org/genaikg/extractor/spec/";
    /** The file name of the page an example's Markdown is written to. */
    static final String PAGE = "page.md";
    /** A line that starts another page of the same example: {@code <<< models/other.md}. */
    static final String NEXT_PAGE = "<<< ";

    private RuleSpecs() {}

    static String fileOf(String family) {
        return family + "_spec.md";
    }

    static List<SpecExample> examples(String family) {
        return SpecExample.parse(fileOf(family), text(family));
    }

    static String text(String family) {
        String file = fileOf(family);
        try (InputStream in = RuleSpecs.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("no spec file " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SpecExample> allExamples() {
        List<SpecExample> all = new ArrayList<>();
        FAMILIES.forEach(family -> all.addAll(examples(family)));
        return all;
    }

    /** The graph lines the example's page gives, extracted in a folder of its own. */
    static List<String> run(SpecExample example, Path folder) {
        Map<String, String> pages = pages(example.markdown());
        List<NameFinding> learned = new ArrayList<>();
        try {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Path file = folder.resolve(page.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, page.getValue());
                learned.addAll(NameLearner.learn(new PageParser().parse(page.getKey(), page.getValue())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KnowledgeGraph graph = new Extractor(new ExtractionOptions(1, 1 << 20)).extract(folder, ProgressListener.NONE);
        return GraphLines.of(graph, learned, example.options());
    }

    /** The example's pages: {@code page.md}, then one more after each line {@code <<< path.md}. */
    static Map<String, String> pages(String markdown) {
        Map<String, String> pages = new LinkedHashMap<>();
        String path = PAGE;
        StringBuilder text = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith(NEXT_PAGE)) {
                pages.put(path, text.toString());
                path = line.substring(NEXT_PAGE.length()).strip();
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        pages.put(path, text.toString().replaceAll("\n+$", "\n"));
        return pages;
    }
}
