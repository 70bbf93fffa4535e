package org.genaikg.stores.neo4j;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why Neo4j failed, read from its {@code debug.log}: its exceptions often say only "Error starting
 * Neo4j database server", while the log holds the cause ("Address already in use", "Transaction
 * logs are missing and recovery is not possible").
 */
final class Neo4jLogReasons {

    /** More than enough for one start's errors; the log of a long-lived store can be large. */
    private static final int MAX_BYTES = 256 * 1024;
    /** Every log entry starts with its date. */
    private static final Pattern NEXT_ENTRY = Pattern.compile("(?m)^\\d{4}-\\d{2}-\\d{2} ");

    private Neo4jLogReasons() {}

    /** The innermost cause of the last ERROR written to {@code log} after {@code from} bytes, on one line. */
    static Optional<String> lastError(Path log, long from) {
        String text;
        try {
            if (!Files.exists(log)) {
                return Optional.empty();
            }
            try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
                long start = Math.max(from, file.length() - MAX_BYTES);
                byte[] bytes = new byte[(int) Math.max(0, file.length() - start)];
                file.seek(start);
                file.readFully(bytes);
                text = new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return reason(text);
    }

    /** The last "Caused by:" of the last ERROR entry, else that entry's own message. */
    static Optional<String> reason(String log) {
        int error = log.lastIndexOf(" ERROR ");
        if (error < 0) {
            return Optional.empty();
        }
        String entry = log.substring(error + " ERROR ".length());
        Matcher next = NEXT_ENTRY.matcher(entry);
        if (next.find()) {
            entry = entry.substring(0, next.start()); // the lines of this entry and its stack trace only
        }
        String reason = firstLine(entry).replaceFirst("^\\[[^\\]]*\\]\\s*", "");
        for (String line : entry.lines().toList()) {
            String stripped = line.strip();
            if (stripped.startsWith("Caused by: ")) {
                reason = stripped.substring("Caused by: ".length());
            }
        }
        return Optional.of(reason.strip()).filter(r -> !r.isEmpty());
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
