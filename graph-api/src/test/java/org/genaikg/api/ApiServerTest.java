package org.genaikg.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The real application on a random port, closed after the test class (its dataset lives in the
 * class's {@code @TempDir}; register it with {@link TestKnowledgeBase#register}, or extend
 * {@link TwoPagesApiTest}, which does).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = GraphApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
public @interface ApiServerTest {}
