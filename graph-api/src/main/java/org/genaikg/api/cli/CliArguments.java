package org.genaikg.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
