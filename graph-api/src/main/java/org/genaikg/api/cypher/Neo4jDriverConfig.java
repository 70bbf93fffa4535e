package org.genaikg.api.cypher;

import org.genaikg.api.KgProperties;
import org.genaikg.stores.neo4j.Neo4jConnectionSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Bolt driver behind {@code /api/cypher}, for the server in {@code kg.neo4j.*}: the embedded one
 * {@code kg serve} starts, or an external one. The driver connects on first use, so the API starts
 * (and serves everything else) while Neo4j is still starting or away.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jDriverConfig {

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(KgProperties properties) {
        KgProperties.Neo4j neo4j = properties.neo4j();
        Neo4jConnectionSettings connection = new Neo4jConnectionSettings(neo4j.uri(), neo4j.user(), neo4j.password());
        Config config = Config.builder().withLogging(Logging.slf4j()).build();
        return GraphDatabase.driver(connection.uri(),
                connection.hasAuth() ? AuthTokens.basic(connection.user(), connection.password()) : AuthTokens.none(),
                config);
    }
}
