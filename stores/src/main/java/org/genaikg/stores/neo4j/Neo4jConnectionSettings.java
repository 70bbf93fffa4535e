package org.genaikg.stores.neo4j;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Where a Neo4j server is and who to log in as: {@code bolt://} for one server, {@code neo4j://}
 * for a cluster (routing), {@code +s}/{@code +ssc} for TLS. An empty user means auth off.
 */
public record Neo4jConnectionSettings(URI uri, String user, String password) {

    private static final Set<String> SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

    public Neo4jConnectionSettings {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            throw new IllegalArgumentException("not a Bolt URI (bolt://... or neo4j://...): " + uri);
        }
    }

    public static Neo4jConnectionSettings withoutAuth(URI uri) {
        return new Neo4jConnectionSettings(uri, "", "");
    }

    public boolean hasAuth() {
        return !user.isEmpty();
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "Neo4jConnectionSettings[uri=" + uri + ", user=" + (hasAuth() ? user : "(none)") + "]";
    }
}
