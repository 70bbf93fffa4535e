package org.genaikg.api.stats;

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
