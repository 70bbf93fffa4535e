package org.genaikg.api.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.genaikg.extractor.rdf.RdfFormat;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg export}: the stored graph (from the RDF store, the source of truth) as a dump. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the graph stored in a data folder (its TDB2, or the --sparql-endpoint store) to FILE, in the format of its extension.",
            "A .nt or .nq export is byte-identical to the dump of a fresh build of the same pages."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the dump was written", "1:the stores could not be read", "2:bad arguments"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "The data folder (default: ./kg-data).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", converter = CliArguments.RdfOutputFile.class,
            description = "The dump to write; its extension names the format (.ttl, .nt, .nq, .trig, .jsonld, .rdf).")
    Path out;

    @Mixin
    StoreOptions stores = new StoreOptions();

    @Override
    public Integer call() {
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(StoreOptions.dataOrDefault(data), stores.settings(StoreOptions.ANY_FREE_PORT))) {
            RdfFormat format = kb.export(out);
            spec.commandLine().getOut().println("wrote " + out + " (" + format.extension() + ")");
            return 0;
        }
    }
}
