package org.highroad.platform.pages;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of pages for people (Thymeleaf views, not JSON): its errors are answered as pages in the
 * reader's language ({@link PageErrors}), not as problem details.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface HtmlPages {
}
