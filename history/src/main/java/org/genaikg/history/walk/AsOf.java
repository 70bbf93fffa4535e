package org.genaikg.history.walk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which revision {@code --as-of} names: a commit (its id, or the first 4 or more of its hex digits)
 * or a date, meaning the last revision committed at or before it (a day, such as {@code 2024-06-30},
 * includes all of it, in UTC).
 */
public record AsOf(String text) {
    private static final Pattern COMMIT_PREFIX = Pattern.compile("[0-9a-fA-F]{4,64}");

    /** The revision of the log this names. */
    public PatchLog.Entry in(List<PatchLog.Entry> revisions) {
        if (revisions.isEmpty()) {
            throw new NoSuchRevision("the data folder holds no history: run kg history --repo first");
        }
        String value = text.strip();
        if (COMMIT_PREFIX.matcher(value).matches() && !looksLikeADay(value)) {
            List<PatchLog.Entry> matches = revisions.stream().filter(r -> r.commitId().startsWith(value.toLowerCase(java.util.Locale.ROOT))).toList();
            if (matches.size() == 1) {
                return matches.get(0);
            }
            throw new NoSuchRevision(matches.isEmpty() ? "no revision of the history is commit " + value
                    : value + " names " + matches.size() + " revisions: give more digits");
        }
        OffsetDateTime date = date(value);
        PatchLog.Entry found = null;
        for (PatchLog.Entry revision : revisions) {
            if (!revision.committedAt().isAfter(date)) {
                found = revision;
            }
        }
        if (found == null) {
            throw new NoSuchRevision("no revision at or before " + value + ": the history starts "
                    + revisions.get(0).committedAt().toLocalDate());
        }
        return found;
    }

    private static boolean looksLikeADay(String value) {
        return value.length() == 8 && value.chars().allMatch(Character::isDigit);
    }

    private static OffsetDateTime date(String value) {
        try {
            return LocalDate.parse(value).plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC).minusNanos(1);
        } catch (DateTimeParseException notADay) {
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                throw new NoSuchRevision("--as-of " + value + ": neither a commit id nor a date (2024-06-30, or 2024-06-30T12:00:00Z)");
            }
        }
    }

    /** {@code --as-of} names no revision of the history the data folder holds. */
    public static final class NoSuchRevision extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NoSuchRevision(String message) {
            super(message);
        }
    }
}
