package org.genaikg.extractor.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fenced code blocks of one language ({@code sparql}, {@code cypher}) in the project's documentation:
 * {@code README.md} and every page under {@code docs/}. Tests run them, so the documentation stays true.
 */
public final class DocumentedExamples {

    /** One code block and the page it is on, relative to the repository root. */
    public record Example(String page, String code) {
        @Override
        public String toString() {
            return page + ": " + code.lines().findFirst().orElse("");
        }
    }

    private DocumentedExamples() {}

    /** The blocks fenced as {@code ```language}, page by page in path order; fails if there is none. */
    public static List<Example> of(String language) {
        Path root = repositoryRoot();
        Pattern block = Pattern.compile("```" + Pattern.quote(language) + "\\n(.*?)```", Pattern.DOTALL);
        List<Example> examples = new ArrayList<>();
        for (Path page : pages(root)) {
            Matcher matcher = block.matcher(read(page));
            while (matcher.find()) {
                examples.add(new Example(root.relativize(page).toString(), matcher.group(1)));
            }
        }
        if (examples.isEmpty()) {
            throw new AssertionError("no " + language + " block in README.md or docs/ under " + root);
        }
        return examples;
    }

    private static List<Path> pages(Path root) {
        List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** The folder holding {@code mvnw}, from the module a test runs in. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new AssertionError("no repository root (a folder with mvnw and docs/) above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
