package org.highroad.notifications.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The subject and body of each kind of notice, from the bundles {@code notifications/messages_*.properties}, in the
 * language asked for: the recipient's for the mail, the reader's on a page. Dates are written as that language writes
 * them, counts with its digit grouping and the plural the bundle chooses ({@link Count}), a contract or a subsidy request
 * by its name ({@link Named}); ids and task names as they are.
 *
 * <p>The values are kept with the message ({@link #encode}, {@link #of(String, Locale, String)}), so a message recorded
 * for a reader of English is read in Spanish on the Spanish portal, and the other way round.
 */
@Component
public class NoticeTexts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();

    NoticeTexts() {
        bundles.setBasename("notifications/messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        bundles.setAlwaysUseMessageFormat(true);
    }

    public record Text(String subject, String body) {
    }

    /** A number of things (errors, findings): grouped as the language groups digits, and its plural chosen by the bundle. */
    public record Count(long value) {
    }

    /** What a message may be about, named for its reader. */
    public enum Thing {
        /** A contract, named by its title. */
        CONTRACT('c'),
        /** A wage-subsidy request, named by its position. */
        SUBSIDY_REQUEST('s');

        private final char code;

        Thing(char code) {
            this.code = code;
        }
    }

    /**
     * A contract or a subsidy request the message is about, as its reader knows it.
     *
     * @param name its title or position, {@code null} when unknown: the message then names its id
     */
    public record Named(Thing thing, long id, String name) {
    }

    public Text of(String kind, Locale language, Object... values) {
        return render(kind, language, Arrays.asList(values));
    }

    /** The message written from its kept values ({@link #encode}) in the language asked for. */
    public Text of(String kind, Locale language, String encoded) {
        return render(kind, language, decode(encoded));
    }

    private Text render(String kind, Locale language, List<?> values) {
        Object[] shown = values.stream().map(v -> shown(v, language)).toArray();
        String key = "notice." + kind;
        return new Text(bundles.getMessage(key + ".subject", shown, language),
                bundles.getMessage(key + ".body", shown, language));
    }

    /** The closing line of every mail: the page to open. */
    public String openLine(String url, Locale language) {
        return bundles.getMessage("notice.open", new Object[] {url}, language);
    }

    /** The values of a message as they are kept with it: a JSON array of strings, each typed by its prefix. */
    public static String encode(Object... values) {
        List<String> kept = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof LocalDate date) {
                kept.add("d:" + date);
            } else if (v instanceof Count count) {
                kept.add("n:" + count.value());
            } else if (v instanceof Named named) {
                kept.add(named.thing().code + ":" + named.id() + ":" + (named.name() == null ? "" : named.name()));
            } else if (v instanceof Number id) {
                kept.add("i:" + id);
            } else {
                kept.add("t:" + (v == null ? "" : v));
            }
        }
        try {
            return JSON.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object> decode(String encoded) {
        List<String> kept;
        try {
            kept = JSON.readValue(encoded, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification's values are not readable", e);
        }
        List<Object> values = new ArrayList<>();
        for (String k : kept) {
            String rest = k.substring(2);
            values.add(switch (k.charAt(0)) {
                case 'd' -> LocalDate.parse(rest);
                case 'n' -> new Count(Long.parseLong(rest));
                case 'c', 's' -> {
                    int colon = rest.indexOf(':');
                    String name = rest.substring(colon + 1);
                    yield new Named(k.charAt(0) == 'c' ? Thing.CONTRACT : Thing.SUBSIDY_REQUEST,
                            Long.parseLong(rest.substring(0, colon)), name.isBlank() ? null : name);
                }
                default -> rest; // ids and texts as they are
            });
        }
        return values;
    }

    private Object shown(Object value, Locale language) {
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(date);
        }
        if (value instanceof Count count) {
            return count.value(); // a number: the bundle's {n,choice,…} and {n,number,integer} take it
        }
        if (value instanceof Named named) {
            return named.name() == null
                    ? bundles.getMessage("notice.unnamed." + named.thing().name(), new Object[] {String.valueOf(named.id())}, language)
                    : bundles.getMessage("notice.named." + named.thing().name(), new Object[] {String.valueOf(named.id()),
                            named.name()}, language);
        }
        return String.valueOf(value); // ids and texts as they are
    }
}
