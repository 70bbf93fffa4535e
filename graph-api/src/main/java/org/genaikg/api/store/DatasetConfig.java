package org.genaikg.api.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.genaikg.api.KgProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens (or creates) the TDB2 dataset in the data folder, unless the caller supplied one. */
@Configuration(proxyBeanMethods = false)
class DatasetConfig {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(Dataset.class)
    Dataset tdb2Dataset(KgProperties properties) {
        return TDB2Factory.connectDataset(properties.tdb2Dir().toString());
    }
}
