package org.genaikg.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the repository {@code kg history} walked is ({@code DATA/history/repository}: its absolute path on one
 * line), so that the pages as they were at a walked commit can be read again from it (the explorer links a node's
 * first appearance to its page as it was then). A repository moved since is reported as missing, never guessed.
 */
public final class HistorySource {
    static final String FILE = "repository";

    private HistorySource() {}

    /** Records {@code repository} as the source of the history in {@code dataDir}. */
    public static void record(Path dataDir, Path repository) {
        Path file = dataDir.resolve("history").resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, repository.toAbsolutePath().normalize() + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the history's repository in " + file, e);
        }
    }

    /** The repository the history in {@code dataDir} was walked from, when one was recorded. */
    public static Optional<Path> of(Path dataDir) {
        Path file = dataDir.resolve("history").resolve(FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Path.of(Files.readString(file, StandardCharsets.UTF_8).strip())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
