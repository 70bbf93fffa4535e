package org.genaikg.api.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat's own error answers become problem details ({@link ProblemErrorReportValve}) instead of its HTML page. */
@Configuration(proxyBeanMethods = false)
class ServerLimitsConfig {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemDetailsForTomcatsErrors() {
        // runs after Spring Boot's own customizer, which puts a plain ErrorReportValve on the host
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
