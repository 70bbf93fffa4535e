package org.genaikg.api.stats;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.genaikg.api.build.BuildProgress;
import org.genaikg.api.build.BuildReport;
import org.genaikg.api.build.GraphBuilds;
import org.genaikg.api.build.ServedGraph;
import org.genaikg.api.store.GraphReader;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Counts by class and by relation, read from the store on each call. */
@RestController
@Tag(name = "graph", description = "The graph for the explorer and any client: counts, search, nodes, subgraphs, paths, sources")
class StatsController {

    /**
     * The body of {@code /api/stats}: {@code status} is {@code building} until a graph is served, then
     * {@code ready}; {@code progress} is the build under way (null when none is: a restart serves the
     * last graph while it rebuilds); maps are keyed by class and relation local names; {@code lastBuild}
     * is null until this server's first build is done, and when it did not build the stores itself.
     */
    record Stats(String status, BuildProgress progress, long documents, Map<String, Long> classes, Map<String, Long> relations,
                 BuildReport lastBuild) {}

    static final String BUILDING = "building";
    static final String READY = "ready";

    private final GraphReader reader;
    private final GraphBuilds builds;
    private final ServedGraph served;

    StatsController(GraphReader reader, GraphBuilds builds, ServedGraph served) {
        this.reader = reader;
        this.builds = builds;
        this.served = served;
    }

    @Operation(summary = "Whether a graph is served, counts by class and relation, and the builds",
            description = "status: building until a graph is served (the explorer shows a progress bar meanwhile), then ready; "
                    + "progress: the build under way as pagesDone of pagesTotal, null when none is (a restart serves the last "
                    + "graph while it rebuilds). Documents, nodes per class and edges per relation (keyed by their local names "
                    + "in the gkg vocabulary), and lastBuild: when it finished, how long it took, documents, nodes, edges, pages "
                    + "extracted again, documents written and removed, Neo4j changes, and its problems as path:line: reason. "
                    + "lastBuild is null until the first build is done, and when this server did not build the stores itself.")
    @ApiResponse(responseCode = "200", description = "The counts")
    @ApiResponse(responseCode = "503", description = "The store could not be read")
    @GetMapping("/api/stats")
    Stats stats() {
        return reader.inOneTransaction(this::count);
    }

    private Stats count() {
        Map<String, Long> classes = new LinkedHashMap<>();
        for (NodeKind kind : NodeKind.values()) {
            classes.put(kind.localName(), count(StatsQueries.instancesOf(kind)));
        }
        Map<String, Long> relations = new LinkedHashMap<>();
        for (Relation relation : Relation.values()) {
            relations.put(relation.localName(), count(StatsQueries.edgesOf(relation)));
        }
        return new Stats(served.serving() ? READY : BUILDING, builds.running().orElse(null), classes.get(NodeKind.DOCUMENT.localName()),
                classes, relations, builds.last().orElse(null));
    }

    private long count(Query query) {
        return reader.select(query, row -> row.getLiteral("count").getLong()).get(0);
    }
}
