package org.genaikg.stores.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of one embedded store (TDB2, Neo4j) and whether its first creation finished: a marker
 * file, written last, once the store was created and opened. A folder without it whose store
 * cannot be opened was interrupted while being created (a kill, a full disk): it is deleted and
 * made anew, with a message; the stores are derived from the pages, so the next build fills it. A
 * folder without it that opens (one made before markers existed) is marked and kept.
 */
public final class StoreFolder {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFolder.class);

    /** A failure to open that says nothing about the folder (a port taken, say): the folder is never recreated for it. */
    public interface NotTheFolder {}

    /** The marker, inside the store's folder: deleting the folder deletes it too. */
    public static final String CREATED = "genai-kg.created";

    private final Path folder;
    private final String store;

    /** @param store what the folder holds, for messages: "the TDB2 store", "Neo4j" */
    public StoreFolder(Path folder, String store) {
        this.folder = folder;
        this.store = store;
    }

    /**
     * Opens the store with {@code open}, which must fail when the store is unusable; recreates a
     * store whose first creation never finished, and marks a store once it opened.
     */
    public <T> T open(Supplier<T> open) {
        if (hasContent() && !isCreated()) {
            try {
                T opened = open.get();
                markCreated();
                return opened;
            } catch (RuntimeException unusable) {
                if (unusable instanceof NotTheFolder) {
                    throw unusable;
                }
                LOG.warn("{} in {} never finished its first creation (the process was stopped?) and cannot be opened ({}): "
                        + "it is made anew, and filled from the pages at the next build", store, folder, oneLine(unusable));
                delete();
            }
        }
        T opened = open.get();
        markCreated();
        return opened;
    }

    /** True once the store's first creation finished. */
    public boolean isCreated() {
        return Files.isRegularFile(folder.resolve(CREATED));
    }

    private boolean hasContent() {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            return true; // there, but unreadable: opening it will say why
        }
    }

    private void markCreated() {
        if (isCreated()) {
            return;
        }
        Path marker = folder.resolve(CREATED);
        try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker, e);
        }
    }

    private void delete() {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder + " to make " + store + " anew", e);
        }
    }

    /** The innermost message of a failure, on one line. */
    public static String oneLine(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
