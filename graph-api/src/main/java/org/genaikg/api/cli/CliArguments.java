package org.genaikg.api.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.genaikg.extractor.rdf.RdfFormat;
import org.genaikg.extractor.rdf.UnknownRdfFormatException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Argument types that are checked as they are parsed, so a command runs only on valid input. */
final class CliArguments {
    private CliArguments() {}

    /** A folder that exists. */
    static final class ExistingFolder implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path folder = Path.of(value);
            if (!Files.isDirectory(folder)) {
                throw new TypeConversionException("folder not found: " + value);
            }
            return folder;
        }
    }

    /** An output file whose extension names an RDF format. */
    static final class RdfOutputFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path file = Path.of(value);
            try {
                RdfFormat.forPath(file);
            } catch (UnknownRdfFormatException e) {
                throw new TypeConversionException(e.getMessage());
            }
            if (Files.isDirectory(file)) {
                throw new TypeConversionException("is a folder, not a file: " + value);
            }
            return file;
        }
    }

    /** A whole number of at least 1. */
    static final class PositiveInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int number = Integer.parseInt(value.strip());
                if (number >= 1) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("must be a whole number of at least 1, was '" + value + "'");
        }
    }

    /** A TCP port, 0 to 65535 (0: a free one). */
    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int port = Integer.parseInt(value.strip());
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("must be a port number from 0 to 65535, was '" + value + "'");
        }
    }

    /** An address of this machine to listen on: an IP address or a host name that resolves. */
    static final class ListenAddress implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String host = value.strip();
            try {
                InetAddress.getByName(host);
                return host;
            } catch (UnknownHostException e) {
                throw new TypeConversionException("not an address of this machine: '" + value + "'");
            }
        }
    }

    /** A secret kept in a file: its first line, without surrounding blanks; the file must hold one. */
    static final class SecretFile implements ITypeConverter<Secret> {
        @Override
        public Secret convert(String value) {
            Path file = Path.of(value);
            if (!Files.isRegularFile(file)) {
                throw new TypeConversionException("file not found: " + value);
            }
            try {
                String secret = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
                if (secret.isEmpty()) {
                    throw new TypeConversionException("the first line of " + value + " is empty");
                }
                return new Secret(secret, file);
            } catch (IOException e) {
                throw new TypeConversionException("cannot read " + value + ": " + e.getMessage());
            }
        }
    }

    /** A secret and the file it came from; never printed. */
    record Secret(String value, Path file) {
        @Override
        public String toString() {
            return "Secret[file=" + file + "]";
        }

        /** True when users other than the file's owner may read it (never on a file system without POSIX permissions). */
        boolean readableByOthers() {
            try {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                return permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ);
            } catch (UnsupportedOperationException | IOException e) {
                return false;
            }
        }
    }

    /** The first instant of a day given as {@code 2024-03-01} (in UTC), or an instant given with its offset. */
    static final class SinceDate implements ITypeConverter<java.time.OffsetDateTime> {
        @Override
        public java.time.OffsetDateTime convert(String value) {
            return commitDate(value, false);
        }
    }

    /** The last instant of a day given as {@code 2024-03-01} (in UTC), or an instant given with its offset. */
    static final class UntilDate implements ITypeConverter<java.time.OffsetDateTime> {
        @Override
        public java.time.OffsetDateTime convert(String value) {
            return commitDate(value, true);
        }
    }

    private static java.time.OffsetDateTime commitDate(String value, boolean endOfDay) {
        String text = value.strip();
        try {
            java.time.LocalDate day = java.time.LocalDate.parse(text);
            return endOfDay ? day.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC).minusNanos(1)
                    : day.atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException notADay) {
            try {
                return java.time.OffsetDateTime.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                throw new TypeConversionException("not a date (2024-03-01) or a date and time with its offset (2024-03-01T12:00:00Z): '" + value + "'");
            }
        }
    }
}
