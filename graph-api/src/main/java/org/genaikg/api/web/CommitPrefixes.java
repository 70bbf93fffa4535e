package org.genaikg.api.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A commit named in a request by its id or its first 4 or more hex digits, as every history endpoint takes it: one
 * reading of the parameter, and one answer when it names no walked commit or more than one.
 */
public final class CommitPrefixes {
    private static final String COMMIT_PREFIX = "[0-9a-f]{4,40}";

    private CommitPrefixes() {}

    /** The prefix {@code given} names, lower case, when it is 4 to 40 hex digits. */
    public static Optional<String> read(String given) {
        String prefix = given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
        return prefix.matches(COMMIT_PREFIX) ? Optional.of(prefix) : Optional.empty();
    }

    /** As {@link #read}, refusing anything else with a 400 that names the {@code parameter}. */
    public static String require(String given, String parameter) {
        return read(given).orElseThrow(() -> new InvalidParameter(
                parameter + " must be a commit id or its first 4 or more hex digits, not '" + given + "'."));
    }

    /** The one commit among {@code matches} (those whose id starts with {@code prefix}): 404 for none, 400 for several. */
    public static <T> T single(List<T> matches, String prefix, String parameter) {
        if (matches.isEmpty()) {
            throw new CommitNotFound(prefix);
        }
        if (matches.size() > 1) {
            throw new InvalidParameter(parameter + " " + prefix + " is the start of " + matches.size() + " commits' ids: give more digits.");
        }
        return matches.get(0);
    }
}
