package org.highroad.notifications.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The subject and body of each kind of notice, from the bundles {@code notifications/messages_*.properties} in the
 * recipient's language. Dates are written as that language writes them; other values (ids, task names) as they are.
 */
@Component
public class NoticeTexts {

    private final ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();

    NoticeTexts() {
        bundles.setBasename("notifications/messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        bundles.setAlwaysUseMessageFormat(true);
    }

    public record Text(String subject, String body) {
    }

    public Text of(String kind, Locale language, Object... values) {
        Object[] shown = Arrays.stream(values).map(v -> shown(v, language)).toArray();
        String key = "notice." + kind;
        return new Text(bundles.getMessage(key + ".subject", shown, language),
                bundles.getMessage(key + ".body", shown, language));
    }

    /** The closing line of every mail: the page to open. */
    public String openLine(String url, Locale language) {
        return bundles.getMessage("notice.open", new Object[] {url}, language);
    }

    private static Object shown(Object value, Locale language) {
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(date);
        }
        return String.valueOf(value);
    }
}
