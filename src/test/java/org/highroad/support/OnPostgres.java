package org.highroad.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs an {@link ApiTest} against a real PostgreSQL server started for the test run (no Docker). Its engine has a name
 * of its own: the webapps (Tasklist's REST API) find their engine by name in one registry per JVM, so an engine named
 * {@code default} here would answer the H2 tests' Tasklist requests from PostgreSQL whenever this context started
 * after theirs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(EmbeddedPostgresConfig.class)
@TestPropertySource(properties = "operaton.bpm.process-engine-name=postgres")
public @interface OnPostgres {
}
