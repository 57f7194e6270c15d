package org.highroad.platform.web;

import java.util.List;
import org.highroad.platform.validation.InvalidInputException;

/**
 * One error of a form as a page shows it: the id of the field it belongs to (the summary links to it, the field names
 * it) and the sentence that says what to fix.
 */
public record FormError(String field, String text) {

    /** The violations a module refused the input with, each on the form's field of the same name. */
    public static List<FormError> of(InvalidInputException e) {
        return e.violations().stream().map(v -> new FormError(v.field(), v.reason())).toList();
    }

    /** Whether one of the errors is the field's (for {@code aria-invalid} and the field's own message). */
    public static boolean has(List<FormError> errors, String field) {
        return errors != null && errors.stream().anyMatch(e -> e.field().equals(field));
    }
}
