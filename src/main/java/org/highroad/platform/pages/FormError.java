package org.highroad.platform.pages;

import java.util.List;
import org.highroad.platform.validation.InvalidInputException;

/**
 * One error of a form as a page shows it: the id of the field it belongs to (the summary links to it, the field names
 * it) and the sentence that says what to fix. A module's reason given in English reads in the page's language when
 * its code is known ({@link PageReasons}); a sentence already in the page's language stays as it is.
 */
public record FormError(String field, String text) {

    public FormError {
        text = PageReasons.inPageLanguage(text);
    }

    /** The violations a module refused the input with, each on the form's field of the same name. */
    public static List<FormError> of(InvalidInputException e) {
        return e.violations().stream().map(v -> new FormError(v.field(), v.reason())).toList();
    }

    /** The fields that have an error (a page marks each {@code aria-invalid}). */
    public static java.util.Set<String> fields(List<FormError> errors) {
        return errors.stream().map(FormError::field).collect(java.util.stream.Collectors.toSet());
    }
}
