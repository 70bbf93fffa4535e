package org.genaikg.api.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A {@code kg serve} (or any {@code kg} command) run as a child process, the way a user runs it: a
 * launcher command ({@code ./kg}, {@code java -jar genai-kg.jar}) and the arguments. Its output lines
 * are kept with the seconds since the start at which they arrived; {@link #close()} stops it as
 * Ctrl-C would, and forcibly when it does not stop in time.
 */
final class ServeProcess implements AutoCloseable {
    /** A line of output and when it arrived, in seconds since the process was started. */
    record Line(double seconds, String text) {}

    private static final Duration STOP_PATIENCE = Duration.ofSeconds(60);

    private final Process process;
    private final long startNanos;
    private final List<Line> out = new CopyOnWriteArrayList<>();
    private final List<Line> err = new CopyOnWriteArrayList<>();

    private ServeProcess(Process process, long startNanos) {
        this.process = process;
        this.startNanos = startNanos;
        follow(process.getInputStream(), out, "out");
        follow(process.getErrorStream(), err, "err");
    }

    /** Starts {@code launcher + arguments} in {@code workDir}, with this process's environment as {@code environment} leaves it. */
    static ServeProcess start(List<String> launcher, List<String> arguments, Path workDir, Consumer<Map<String, String>> environment) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        environment.accept(builder.environment());
        long start = System.nanoTime();
        try {
            return new ServeProcess(builder.start(), start);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        }
    }

    /** Seconds since the process was started. */
    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The first line on stdout, once it has arrived. */
    Optional<Line> firstLine() {
        return out.isEmpty() ? Optional.empty() : Optional.of(out.get(0));
    }

    List<Line> stdout() {
        return List.copyOf(out);
    }

    List<Line> stderr() {
        return List.copyOf(err);
    }

    /** The stderr lines as one text, for a failure message. */
    String stderrText() {
        StringBuilder text = new StringBuilder();
        err.forEach(line -> text.append(line.text()).append('\n'));
        return text.toString();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int waitFor(Duration patience) {
        try {
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("still running after " + patience.toSeconds() + " s:\n" + stderrText());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stops the process as Ctrl-C does (SIGTERM, so its shutdown hook runs) and returns the seconds it
     * took to end; forcibly, with its children, when it takes longer than a minute.
     */
    double stop() {
        long start = System.nanoTime();
        process.destroy();
        try {
            if (!process.waitFor(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private void follow(InputStream stream, List<Line> lines, String name) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(new Line(seconds(), line));
                }
            } catch (IOException e) {
                // the process ended; what was read is kept
            }
        }, "kg-child-" + name);
        reader.setDaemon(true);
        reader.start();
    }
}
