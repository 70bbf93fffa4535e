package org.genaikg.stores.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLockTest {

    @TempDir
    Path data;

    /** Holds the lock of the folder in args[0] as "a test holder" until its stdin closes. */
    public static void main(String[] args) throws Exception {
        System.setProperty(DataFolderLock.PROCESS_PROPERTY, "a test holder");
        try (DataFolderLock lock = DataFolderLock.acquire(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the test to let go
            }
        }
    }

    @Test
    void anotherProcessIsRefusedByNameUntilTheHolderEnds() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DataFolderLockTest.class.getName(),
                data.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());

            DataFolderInUse refused = assertThrows(DataFolderInUse.class, () -> DataFolderLock.acquire(data));

            assertTrue(refused.getMessage().startsWith("the data folder " + data.toAbsolutePath().normalize() + " is in use by a test holder (pid "
                    + holder.pid() + ", since "), refused.getMessage());
        } finally {
            holder.destroyForcibly(); // as kill -9: the system releases the lock
            assertTrue(holder.waitFor(1, TimeUnit.MINUTES));
        }
        try (DataFolderLock lock = DataFolderLock.acquire(data)) {
            assertTrue(lock != null);
        }
    }

    @Test
    void oneProcessMayHoldItSeveralTimesAndItIsReleasedWithTheLastHold() throws Exception {
        DataFolderLock first = DataFolderLock.acquire(data);
        DataFolderLock second = DataFolderLock.acquire(data);
        first.close();
        assertTrue(heldByThisProcess(), "the second hold keeps the folder locked");
        second.close();
        assertFalse(heldByThisProcess());
    }

    /** True when this JVM holds a lock on the folder's lock file (trying another throws). */
    private boolean heldByThisProcess() throws Exception {
        try (FileChannel channel = FileChannel.open(data.resolve("kg.lock"), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            lock.release();
            return false;
        } catch (OverlappingFileLockException held) {
            return true;
        }
    }
}
