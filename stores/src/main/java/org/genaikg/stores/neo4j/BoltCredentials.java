package org.genaikg.stores.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The embedded Neo4j's Bolt login for one data folder: the user {@code neo4j} and a password made
 * once, at random, kept in {@code DATA/neo4j-credentials}, which only its owner may read (where the
 * file system has POSIX permissions). The file is also a shell environment file for
 * {@code cypher-shell}, which reads {@code NEO4J_USERNAME} and {@code NEO4J_PASSWORD}.
 */
public record BoltCredentials(String user, String password, Path file) {

    /** The file's name inside the data folder. */
    public static final String FILE_NAME = "neo4j-credentials";

    private static final String USER_KEY = "NEO4J_USERNAME";
    private static final String PASSWORD_KEY = "NEO4J_PASSWORD";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int PASSWORD_LENGTH = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Never prints the password. */
    @Override
    public String toString() {
        return "BoltCredentials[user=" + user + ", file=" + file + "]";
    }

    /** The credentials of {@code dataDir}, made and written on first use; the file is made owner-only if it was not. */
    public static BoltCredentials loadOrCreate(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
        try {
            Files.createDirectories(file.getParent());
            try {
                create(file);
            } catch (FileAlreadyExistsException existing) {
                ownerOnly(file);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the Neo4j credentials " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        if (posix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        Files.writeString(file, """
                # The Bolt login of the embedded Neo4j that kg serve, build, export and verify start on this data folder.
                # Keep it to yourself. For cypher-shell: set -a; . %s; set +a; cypher-shell -a bolt://127.0.0.1:PORT
                %s=%s
                %s=%s
                """.formatted(file, USER_KEY, EmbeddedNeo4jOptions.DEFAULT_USER, PASSWORD_KEY, password), StandardCharsets.UTF_8);
    }

    private static BoltCredentials read(Path file) throws IOException {
        String user = null;
        String password = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            int equals = trimmed.indexOf('=');
            if (trimmed.startsWith("#") || equals < 0) {
                continue;
            }
            String key = trimmed.substring(0, equals).strip();
            String value = trimmed.substring(equals + 1).strip();
            if (key.equals(USER_KEY)) {
                user = value;
            } else if (key.equals(PASSWORD_KEY)) {
                password = value;
            }
        }
        if (password == null || password.length() < 8) {
            throw new IllegalStateException(file + " holds no " + PASSWORD_KEY + " of at least 8 characters; "
                    + "delete the file and a new password is made at the next start");
        }
        if (user != null && !user.equals(EmbeddedNeo4jOptions.DEFAULT_USER)) {
            throw new IllegalStateException(file + ": the embedded Neo4j's user is " + EmbeddedNeo4jOptions.DEFAULT_USER
                    + ", not " + user);
        }
        return new BoltCredentials(EmbeddedNeo4jOptions.DEFAULT_USER, password, file);
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path file) {
        return Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) != null;
    }
}
