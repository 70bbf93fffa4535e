package org.genaikg.api.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import org.genaikg.stores.sync.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg verify}: do the RDF store and Neo4j hold the same graph? */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Compares the two stores of a data folder: nodes per class, edges per relation, and a sample of nodes",
            "with their label, aliases and attributes. Prints every difference."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the stores agree", "1:they differ (or could not be read)", "2:bad arguments"})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "The data folder (default: ./kg-data).")
    Path data;

    @Option(names = "--sample", paramLabel = "N", converter = CliArguments.PositiveInt.class,
            description = "Nodes of each class compared property by property (default: ${DEFAULT-VALUE}).")
    int sample = 50;

    @Mixin
    StoreOptions stores = new StoreOptions();

    @Override
    public Integer call() {
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(StoreOptions.dataOrDefault(data), stores.settings(StoreOptions.ANY_FREE_PORT))) {
            VerifyReport report = kb.verify(sample);
            if (report.agree()) {
                spec.commandLine().getOut().println("the stores agree (" + report.nodesSampled() + " nodes compared property by property)");
                return 0;
            }
            report.differences().forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getErr().println("kg verify: " + report.differences().size() + " differences");
            return KgCommand.NOTHING_BUILT;
        }
    }
}
