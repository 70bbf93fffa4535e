package org.genaikg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Edits a knowledge base's pages as its writers do, at random from a seed: a sentence changed, a
 * page added, deleted or renamed, an empty heading, an entry moved to another page, and a page
 * that teaches the corpus a new name (mentioned on another page too). The first seven edits are one
 * of each kind, in that order; the rest are of any kind. Each call makes one edit and says what it did.
 */
final class RandomEdits {

    private enum Kind { CHANGE, ADD, DELETE, RENAME, EMPTY_HEADING, MOVE_ENTRY, NEW_NAME }

    private final Path root;
    private final Random random;
    private int made;

    /** @param root the folder the pages are in (a corpus's {@code docs/}) */
    RandomEdits(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    /** Makes one edit; returns what it did, for a failure message. */
    String next() {
        made++;
        // each kind once, in turn, then at random: a short run still makes every kind of edit
        Kind kind = made <= Kind.values().length ? Kind.values()[made - 1] : Kind.values()[random.nextInt(Kind.values().length)];
        List<Path> pages = pages();
        Path page = pages.get(random.nextInt(pages.size()));
        String name = root.relativize(page).toString();
        return made + ": " + switch (kind) {
            case CHANGE -> {
                insertAtABlankLine(page, "A sentence of edit " + made + " says GPT-4 builds on the Transformer.\n");
                yield "changed " + name;
            }
            case ADD -> {
                Path added = root.resolve("added").resolve("page-" + made + ".md");
                write(added, "# Added page " + made + "\n\n## Language Models\n\n"
                        + "??? note \"[Shepherd: A Critic for Language Model Generation](https://arxiv.org/abs/2308.04592)\"\n"
                        + "    Shepherd critiques responses. See [the index](../index.md).\n");
                yield "added " + root.relativize(added);
            }
            case DELETE -> {
                delete(page);
                yield "deleted " + name;
            }
            case RENAME -> {
                Path renamed = root.resolve("renamed").resolve(made + "-" + page.getFileName());
                write(renamed, read(page));
                delete(page);
                yield "renamed " + name + " to " + root.relativize(renamed);
            }
            case EMPTY_HEADING -> {
                insertAtABlankLine(page, "##\n\n");
                yield "an empty heading in " + name;
            }
            case MOVE_ENTRY -> moveAnEntry(page, pages.get(random.nextInt(pages.size())));
            case NEW_NAME -> {
                String model = "Zyxformer" + made;
                write(page, read(page) + "\n??? note \"[" + model + ": A Model Named by Random Edits](https://arxiv.org/abs/2501."
                        + String.format(Locale.ROOT, "%05d", 10000 + made) + ")\"\n    " + model
                        + " builds on LLaMA and reads images.\n");
                Path other = pages.get(random.nextInt(pages.size()));
                if (!other.equals(page)) {
                    insertAtABlankLine(other, "Some say " + model + " is worth a look.\n");
                }
                yield "a new name, " + model + ", on " + name + ", mentioned on " + root.relativize(other);
            }
        };
    }

    /** Cuts the first admonition (its title line and indented body) of {@code from} and appends it to {@code to}. */
    private String moveAnEntry(Path from, Path to) {
        List<String> lines = new ArrayList<>(read(from).lines().toList());
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (lines.get(i).startsWith("??? ") || lines.get(i).startsWith("!!! ")) {
                start = i;
            }
        }
        if (start < 0 || from.equals(to)) {
            insertAtABlankLine(from, "Nothing to move here.\n");
            return "no entry to move in " + root.relativize(from) + ": changed it";
        }
        int end = start + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || lines.get(end).startsWith("    ") || lines.get(end).startsWith("\t"))) {
            end++;
        }
        List<String> entry = new ArrayList<>(lines.subList(start, end));
        lines.subList(start, end).clear();
        write(from, String.join("\n", lines) + "\n");
        write(to, read(to) + "\n" + String.join("\n", entry) + "\n");
        return "moved the entry at line " + (start + 1) + " of " + root.relativize(from) + " to " + root.relativize(to);
    }

    private void insertAtABlankLine(Path page, String text) {
        List<String> lines = new ArrayList<>(read(page).lines().toList());
        List<Integer> blanks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                blanks.add(i);
            }
        }
        int at = blanks.isEmpty() ? lines.size() : blanks.get(random.nextInt(blanks.size()));
        lines.add(at, "\n" + text.stripTrailing() + "\n");
        write(page, String.join("\n", lines) + "\n");
    }

    private List<Path> pages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
