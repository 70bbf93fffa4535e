package org.genaikg.api.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.genaikg.extractor.rdf.RdfFormat;
import org.genaikg.history.HistoryExport;
import org.genaikg.history.walk.AsOf;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg export}: the stored graph (from the RDF store, the source of truth) as a dump, or the graph as it was at a commit. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the graph stored in a data folder (its TDB2, or the --sparql-endpoint store) to FILE, in the format of its extension.",
            "A .nt or .nq export is byte-identical to the dump of a fresh build of the same pages.",
            "With --as-of, writes the graph as it was at a commit of the history kg history walked (from the data folder's patches,",
            "no store needed): the dump a build of a checkout of that commit writes."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the dump was written", "1:the stores could not be read, or --as-of names no revision of the history", "2:bad arguments"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "The data folder (default: ./kg-data).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", converter = CliArguments.RdfOutputFile.class,
            description = "The dump to write; its extension names the format (.ttl, .nt, .nq, .trig, .jsonld, .rdf).")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE|COMMIT",
            description = "The graph as it was at this commit (its id or first digits), or at the last commit on or before this date "
                    + "(2024-06-30, a whole day in UTC; or 2024-06-30T12:00:00Z).")
    String asOf;

    @Mixin
    StoreOptions stores = new StoreOptions();

    @Override
    public Integer call() {
        if (asOf != null) {
            try {
                HistoryExport.Written written = HistoryExport.write(StoreOptions.dataOrDefault(data), new AsOf(asOf), out);
                spec.commandLine().getOut().println("wrote " + out + " (" + written.format().extension() + "), the graph as of commit "
                        + written.revision().commitId().substring(0, 7) + " of " + written.revision().committedAt());
                return 0;
            } catch (AsOf.NoSuchRevision e) {
                spec.commandLine().getErr().println("kg export: " + e.getMessage());
                return KgCommand.NOTHING_BUILT;
            }
        }
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(StoreOptions.dataOrDefault(data), stores.settings(StoreOptions.ANY_FREE_PORT))) {
            RdfFormat format = kb.export(out);
            spec.commandLine().getOut().println("wrote " + out + " (" + format.extension() + ")");
            return 0;
        }
    }
}
