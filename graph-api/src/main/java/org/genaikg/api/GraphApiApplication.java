package org.genaikg.api;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.genaikg.api.build.GraphBuilds;
import org.genaikg.api.startup.StartPhases;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.context.support.StandardServletEnvironment;

/**
 * The graph API: SPARQL endpoint, REST endpoints for the explorer and RDF dumps over a Jena
 * dataset (TDB2 in {@code kg.data-dir}, the union of the per-document graphs as default graph).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GraphApiApplication {
    private static final String SETTINGS = "genai-kg settings";

    public static void main(String[] args) {
        SpringApplication.run(GraphApiApplication.class, args);
    }

    /**
     * Starts the API on a dataset the caller already holds (the CLI's {@code serve}, benchmarks),
     * serving sources from {@code docsDir}. The caller keeps ownership of the dataset: closing the
     * returned context does not close it. Further settings come from {@code args}
     * ({@code --server.port=0}, {@code --kg.sparql-timeout=10s}, ...).
     */
    public static ConfigurableApplicationContext run(Dataset dataset, Path docsDir, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--kg.docs-dir=" + docsDir.toAbsolutePath();
        System.arraycopy(args, 0, all, 1, args.length);
        return application(dataset, GraphBuilds.NONE, new StartPhases()).run(all);
    }

    /**
     * As {@link #run(Dataset, Path, String...)}, for a caller that builds the stores itself: {@code builds}
     * reports the last build ({@code /api/stats}) and rebuilds on request ({@code /api/admin/rebuild}).
     * The settings ({@code server.port}, {@code kg.admin-token}, ...) come first, before the
     * environment's, as a property source of their own rather than as arguments, which Spring keeps
     * as a command line that diagnostics may print: the admin token and the Neo4j password are among them.
     */
    public static ConfigurableApplicationContext run(Dataset dataset, Path docsDir, GraphBuilds builds, Map<String, ?> settings) {
        return run(dataset, docsDir, builds, new StartPhases(), settings);
    }

    /** As {@link #run(Dataset, Path, GraphBuilds, Map)}, recording how long each part of the start took in {@code phases}. */
    public static ConfigurableApplicationContext run(Dataset dataset, Path docsDir, GraphBuilds builds, StartPhases phases,
                                                     Map<String, ?> settings) {
        Map<String, Object> all = new LinkedHashMap<>(settings);
        all.put("kg.docs-dir", docsDir.toAbsolutePath().toString());
        StandardServletEnvironment environment = new StandardServletEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource(SETTINGS, all));
        SpringApplication app = application(dataset, builds, phases);
        app.setEnvironment(environment);
        return app.run();
    }

    private static SpringApplication application(Dataset dataset, GraphBuilds builds, StartPhases phases) {
        SpringApplication app = new SpringApplication(GraphApiApplication.class);
        app.addInitializers(context -> {
            context.getBeanFactory().registerSingleton("suppliedDataset", dataset);
            context.getBeanFactory().registerSingleton("suppliedBuilds", builds);
            context.getBeanFactory().registerSingleton("suppliedStartPhases", phases);
        });
        return app;
    }
}
