package org.genaikg.history.model;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Which commits to walk: the first-parent chain of {@code branch} (the repository's HEAD when
 * empty), keeping the commits whose commit date is within {@code since} and {@code until}, both
 * inclusive, each open when empty.
 */
public record RevisionRange(Optional<String> branch, Optional<OffsetDateTime> since, Optional<OffsetDateTime> until) {
    public static final RevisionRange ALL = new RevisionRange(Optional.empty(), Optional.empty(), Optional.empty());

    public RevisionRange {
        if (since.isPresent() && until.isPresent() && until.get().isBefore(since.get())) {
            throw new IllegalArgumentException("--until " + until.get() + " is before --since " + since.get());
        }
    }

    public boolean contains(OffsetDateTime committedAt) {
        return since.map(s -> !committedAt.isBefore(s)).orElse(true) && until.map(u -> !committedAt.isAfter(u)).orElse(true);
    }
}
