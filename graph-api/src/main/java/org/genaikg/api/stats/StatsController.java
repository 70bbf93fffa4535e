package org.genaikg.api.stats;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.genaikg.api.build.BuildReport;
import org.genaikg.api.build.GraphBuilds;
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
     * The body of {@code /api/stats}; maps are keyed by class and relation local names; {@code lastBuild}
     * is null when this server did not build the stores itself.
     */
    record Stats(long documents, Map<String, Long> classes, Map<String, Long> relations, BuildReport lastBuild) {}

    private final GraphReader reader;
    private final GraphBuilds builds;

    StatsController(GraphReader reader, GraphBuilds builds) {
        this.reader = reader;
        this.builds = builds;
    }

    @Operation(summary = "Counts by class and relation, and the last build",
            description = "Documents, nodes per class and edges per relation (keyed by their local names in the gkg "
                    + "vocabulary), and lastBuild: when it finished, how long it took, documents, nodes, edges, pages "
                    + "extracted again, documents written and removed, Neo4j changes, and its problems as path:line: reason. "
                    + "lastBuild is null when this server did not build the stores itself.")
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
        return new Stats(classes.get(NodeKind.DOCUMENT.localName()), classes, relations, builds.last().orElse(null));
    }

    private long count(Query query) {
        return reader.select(query, row -> row.getLiteral("count").getLong()).get(0);
    }
}
