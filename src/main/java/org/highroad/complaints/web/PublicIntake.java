package org.highroad.complaints.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint anyone may call without signing in, limited per client by {@link PublicComplaintGuard}. The guard
 * finds it by this mark on the handler Spring MVC chose, so every spelling of the path that reaches the endpoint
 * (percent-encoded letters, path parameters, doubled slashes) is limited alike.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface PublicIntake {
}
