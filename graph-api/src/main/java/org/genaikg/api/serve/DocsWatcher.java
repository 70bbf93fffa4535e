package org.genaikg.api.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder tree for changed Markdown pages and runs {@code onChange} once the changes have
 * settled (no further event for the quiet period), so that saving many files gives one rebuild.
 * Folders created later are watched too.
 */
final class DocsWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DocsWatcher.class);

    private final Path root;
    private final Duration quiet;
    private final Runnable onChange;
    private final WatchService service;
    private final Thread thread;

    private DocsWatcher(Path root, Duration quiet, Runnable onChange) throws IOException {
        this.root = root;
        this.quiet = quiet;
        this.onChange = onChange;
        this.service = root.getFileSystem().newWatchService();
        registerTree(root);
        this.thread = new Thread(this::watch, "kg-docs-watcher");
        thread.setDaemon(true);
    }

    static DocsWatcher start(Path root, Duration quiet, Runnable onChange) {
        try {
            DocsWatcher watcher = new DocsWatcher(root, quiet, onChange);
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
    }

    private void watch() {
        try {
            while (true) {
                boolean changed = handle(service.take());
                WatchKey next;
                while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    changed |= handle(next);
                }
                if (changed) {
                    run();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: stop watching
        }
    }

    private void run() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.error("Rebuild after a change under {} failed", root, e);
        }
    }

    /** True when the events touch a Markdown page or a folder. */
    private boolean handle(WatchKey key) {
        boolean relevant = false;
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                relevant = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
                relevant = true;
            } else if (isPage(path) || event.kind() == ENTRY_DELETE && !path.getFileName().toString().contains(".")) {
                relevant = true;
            }
        }
        key.reset();
        return relevant;
    }

    private static boolean isPage(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    private void registerTree(Path top) {
        try (Stream<Path> folders = Files.walk(top)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            }
        } catch (IOException e) {
            LOG.warn("Cannot watch {}: {}", top, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.warn("Closing the watcher of {} failed: {}", root, e.getMessage());
        }
        thread.interrupt();
    }
}
