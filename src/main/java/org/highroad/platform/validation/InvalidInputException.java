package org.highroad.platform.validation;

import java.util.List;

/**
 * Thrown by a module when an input breaks a business rule that bean validation cannot express (a cross-field
 * rule, an unknown reference). Carries every violation at once so that a client can fix them in one go; the web
 * layer answers 422 (Unprocessable Content: the request was read, its content breaks a rule) with a problem body that
 * lists them. A request that cannot be read as asked is a {@link MalformedRequestException}, answered 400
 * (docs/adr/0024-unprocessable-content-for-rule-violations.md).
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String reason) {
        this(List.of(new Violation(field, reason)));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.reason()).reduce((a, b) -> a + "; " + b).orElse("invalid input");
    }
}
