package org.genaikg.stores.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * One process at a time in a data folder: {@code DATA/kg.lock}, held with an operating-system file
 * lock (released when the process ends, even by {@code kill -9}) and naming the holder: its pid,
 * what it runs and since when. A second process is refused with that name instead of failing
 * half-way through opening the stores. Within one process the lock is shared: {@code kg serve}
 * takes it before opening TDB2, and the stores it opens then take it again.
 */
public final class DataFolderLock implements AutoCloseable {

    /** The system property a program sets to say what it runs ({@code kg serve}); the lock file shows it to others. */
    public static final String PROCESS_PROPERTY = "genaikg.process";

    private static final String FILE = "kg.lock";
    private static final Map<Path, Held> HELD = new HashMap<>();

    private record Held(FileChannel channel, FileLock lock, int[] count) {}

    private final Path folder;
    private boolean closed;

    private DataFolderLock(Path folder) {
        this.folder = folder;
    }

    /**
     * Locks the data folder for this process (creating it if needed).
     *
     * @throws DataFolderInUse when another process holds it
     */
    public static DataFolderLock acquire(Path dataDir) {
        Path folder = dataDir.toAbsolutePath().normalize();
        synchronized (HELD) {
            Held held = HELD.get(folder);
            if (held != null) {
                held.count()[0]++;
                return new DataFolderLock(folder);
            }
            Path file = folder.resolve(FILE);
            FileChannel channel = null;
            try {
                Files.createDirectories(folder);
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    throw new DataFolderInUse(folder, holder(file));
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
                HELD.put(folder, new Held(channel, lock, new int[] {1}));
                return new DataFolderLock(folder);
            } catch (OverlappingFileLockException e) {
                closeQuietly(channel);
                throw new IllegalStateException("the data folder " + folder + " is locked by this process already", e);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new UncheckedIOException("cannot lock the data folder " + folder + ": " + e.getMessage(), e);
            }
        }
    }

    /** Releases this hold; the file lock goes when the last hold of the process is released. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            Held held = HELD.get(folder);
            if (held != null && --held.count()[0] == 0) {
                HELD.remove(folder);
                closeQuietly(held.channel()); // releases the lock; the file stays, naming its last holder
            }
        }
    }

    private static String describeThisProcess() {
        String what = System.getProperty(PROCESS_PROPERTY, ProcessHandle.current().info().command().orElse("a Java process"));
        return "pid " + ProcessHandle.current().pid() + "\n" + "process " + what + "\n" + "since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
    }

    /** {@code kg serve (pid 1234, since 2026-12-06T23:40:12Z)}, from the lock file; less when it holds less. */
    private static String holder(Path file) {
        Map<String, String> fields = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    fields.put(line.substring(0, space), line.substring(space + 1).strip());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a holder still writing its name, or a file we cannot read: name what we can
        }
        String process = fields.getOrDefault("process", "another process");
        String pid = fields.containsKey("pid") ? "pid " + fields.get("pid") : null;
        String since = fields.containsKey("since") ? "since " + fields.get("since") : null;
        String details = pid == null ? since : since == null ? pid : pid + ", " + since;
        return details == null ? process : process + " (" + details + ")";
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }
}
