package org.highroad.platform.validation;

/**
 * One reason why an input was refused: the JSON path of the field (for example {@code rubric[2].target}) and
 * a sentence a user can act on. Returned to clients inside an RFC 9457 problem body.
 */
public record Violation(String field, String reason) {
}
