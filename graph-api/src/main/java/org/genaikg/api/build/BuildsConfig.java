package org.genaikg.api.build;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@link GraphBuilds#NONE} unless the caller supplied its builds. */
@Configuration(proxyBeanMethods = false)
class BuildsConfig {

    @Bean
    @ConditionalOnMissingBean(GraphBuilds.class)
    GraphBuilds noBuilds() {
        return GraphBuilds.NONE;
    }
}
