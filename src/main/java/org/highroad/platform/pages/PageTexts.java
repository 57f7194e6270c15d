package org.highroad.platform.pages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A page's own sentences (what a form's field is refused for before any module reads it) in the reader's language,
 * from the modules' message bundles, so a Spanish page says what to fix in Spanish. The API's sentences stay its own.
 */
@Component
public class PageTexts {

    private final MessageSource messages;

    PageTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The sentence of {@code key} in the page's language, with its arguments. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** An error of the form at {@code field}, in the page's language. */
    public FormError error(String field, String key, Object... args) {
        return new FormError(field, text(key, args));
    }
}
