package org.genaikg.api.build;

import org.genaikg.api.startup.StartPhases;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@link GraphBuilds#NONE} and no start-up phases, unless the caller supplied its own. */
@Configuration(proxyBeanMethods = false)
class BuildsConfig {

    @Bean
    @ConditionalOnMissingBean(GraphBuilds.class)
    GraphBuilds noBuilds() {
        return GraphBuilds.NONE;
    }

    @Bean
    @ConditionalOnMissingBean(StartPhases.class)
    StartPhases noStartPhases() {
        return new StartPhases();
    }
}
