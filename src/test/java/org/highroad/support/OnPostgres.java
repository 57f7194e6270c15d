package org.highroad.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/** Runs an {@link ApiTest} against a real PostgreSQL server started for the test run (no Docker). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(EmbeddedPostgresConfig.class)
public @interface OnPostgres {
}
