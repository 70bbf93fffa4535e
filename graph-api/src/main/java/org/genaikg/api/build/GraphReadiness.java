package org.genaikg.api.build;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code graph} health component, part of the readiness group ({@code /actuator/health/readiness}):
 * OUT_OF_SERVICE, with the build's progress, until a graph is served, so that a load balancer or a
 * script waiting on it never gets an empty graph.
 */
@Component("graph")
class GraphReadiness implements HealthIndicator {
    private final ServedGraph served;
    private final GraphBuilds builds;

    GraphReadiness(ServedGraph served, GraphBuilds builds) {
        this.served = served;
        this.builds = builds;
    }

    @Override
    public Health health() {
        Health.Builder health = served.serving() ? Health.up() : Health.outOfService();
        builds.running().ifPresent(progress -> health.withDetail("building", progress));
        return health.withDetail("neo4j", builds.neo4jReady() ? "ready" : "starting").build();
    }
}
