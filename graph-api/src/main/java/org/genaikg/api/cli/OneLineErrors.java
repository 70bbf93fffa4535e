package org.genaikg.api.cli;

import java.io.PrintWriter;
import org.genaikg.extractor.source.ProjectFile;
import org.genaikg.stores.neo4j.BoltPortInUse;
import org.genaikg.stores.sync.DataFolderInUse;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Where every error of the command line is rendered: one line on stderr naming the command and the
 * reason. Bad arguments exit with 2, failures while running with 1.
 */
final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        print(command, firstLine(e.getMessage()) + " (see " + command.getCommandSpec().qualifiedName() + " --help)");
        return KgCommand.BAD_ARGUMENTS;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        if (e instanceof BoltPortInUse taken) {
            print(command, taken.getMessage() + ": give another with --bolt-port N (0 picks a free one)");
            return KgCommand.BAD_ARGUMENTS;
        }
        if (e instanceof DataFolderInUse inUse) {
            print(command, inUse.getMessage() + ": stop it first, or give another --data DIR");
            return KgCommand.NOTHING_BUILT;
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
        print(command, reason);
        // a kg.yaml that cannot be used is a bad argument as much as a bad option is
        return e instanceof ProjectFile.Invalid ? KgCommand.BAD_ARGUMENTS : KgCommand.NOTHING_BUILT;
    }

    private static void print(CommandLine command, String reason) {
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + reason);
        err.flush();
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
