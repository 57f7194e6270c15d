package org.highroad.platform.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The modules' reasons for refusing an input (a rule violation, a row of a payroll file) in the page's language.
 *
 * <p>A module states a reason in English: the API answers it as is, and a rejected payroll keeps it as its error list
 * (payroll_error.reason). Each reason a page may show has a stable message code, {@code reason.<module>.<name>}, whose
 * English text in the module's bundle is the reason's pattern with its variable parts as arguments ({@code {0}}, …)
 * and whose Spanish text says the same. A Spanish page recognizes the English reason by that pattern (also one kept from
 * an earlier week's rejection), takes its arguments and prints the Spanish sentence; a reason no code describes is
 * printed in English as it came, never blank. An argument that is an English day of the week is named in Spanish.
 *
 * <p>A mapped file's error names the field it maps to at its end, "(field rate_st)"; that tail is translated apart.
 */
@Component("pageReasons")
public class PageReasons {

    static final String PREFIX = "reason.";
    private static final Pattern FIELD_TAIL = Pattern.compile("^(.*) \\(field ([A-Za-z0-9_.]+)\\)$", Pattern.DOTALL);
    private static final Pattern PERIOD = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) to (\\d{4}-\\d{2}-\\d{2})$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static volatile PageReasons current;

    /** One known reason: its code, the English pattern as a regular expression, and which argument each group is. */
    record Known(String code, Pattern english, int[] argumentOfGroup, int literalLength) {
    }

    private final MessageSource messages;
    private final List<Known> known;

    public PageReasons(MessageSource messages, @Value("${spring.messages.basename}") String basenames) {
        this.messages = messages;
        this.known = load(basenames);
        current = this;
    }

    /**
     * {@code reason} in the language of the page being answered: the page's own text when it is Spanish and a code
     * describes the reason, else the reason as given. Used where no bean is at hand ({@link FormError}); without the
     * application (a unit test) the reason is returned as given.
     */
    public static String inPageLanguage(String reason) {
        PageReasons reasons = current;
        return reasons == null ? reason : reasons.text(reason);
    }

    /** {@code reason} in the page's language (templates: {@code ${@pageReasons.text(e.reason)}}). */
    public String text(String reason) {
        return text(reason, LocaleContextHolder.getLocale());
    }

    /** {@code reason} in {@code locale} when Spanish and known, else as given. */
    public String text(String reason, Locale locale) {
        if (reason == null || locale == null || !SPANISH.getLanguage().equals(locale.getLanguage())) {
            return reason;
        }
        Matcher tail = FIELD_TAIL.matcher(reason);
        if (tail.matches()) { // first, so that a reason's last argument does not take the tail in
            String head = translate(tail.group(1), locale);
            if (head != null) {
                return head + " " + messages.getMessage("reasons.fieldTail", new Object[] {tail.group(2)}, tail.group(0), locale);
            }
        }
        String translated = translate(reason, locale);
        return translated != null ? translated : reason;
    }

    /** The code that describes {@code reason}, or null: for tests that every reason of a module is known. */
    public String codeOf(String reason) {
        if (reason == null) {
            return null;
        }
        Matcher tail = FIELD_TAIL.matcher(reason);
        Known k = tail.matches() ? match(tail.group(1)) : null;
        if (k == null) {
            k = match(reason);
        }
        return k == null ? null : k.code();
    }

    private String translate(String reason, Locale locale) {
        for (Known k : known) {
            Matcher m = k.english().matcher(reason);
            if (m.matches()) {
                int count = 0;
                for (int a : k.argumentOfGroup()) {
                    count = Math.max(count, a + 1);
                }
                Object[] args = new Object[count];
                for (int g = 0; g < k.argumentOfGroup().length; g++) {
                    args[k.argumentOfGroup()[g]] = argument(m.group(g + 1), locale);
                }
                try {
                    return messages.getMessage(k.code(), args, locale);
                } catch (NoSuchMessageException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private Known match(String reason) {
        return reason == null ? null : known.stream().filter(k -> k.english().matcher(reason).matches()).findFirst().orElse(null);
    }

    /**
     * An argument as the Spanish sentence shows it: an English day of the week by its Spanish name, a period "A to B"
     * as "del A al B", a word a bundle names ({@code reasons.term.<word>}, "_" for a space) in its words, a phrase a code
     * describes (a map's number format) in its words, else as given.
     */
    private String argument(String value, Locale locale) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equalsIgnoreCase(value)) {
                return day.getDisplayName(TextStyle.FULL, locale);
            }
        }
        Matcher period = PERIOD.matcher(value);
        if (period.matches()) {
            return messages.getMessage("reasons.period", new Object[] {period.group(1), period.group(2)}, value, locale);
        }
        String term = messages.getMessage("reasons.term." + value.replace(' ', '_'), null, null, locale);
        if (term != null) {
            return term;
        }
        String part = translate(value, locale); // a part that is itself a known phrase (a map's number format)
        return part != null ? part : value;
    }

    /** The {@code reason.*} keys of the English bundles, the most specific pattern (longest fixed text) first. */
    static List<Known> load(String basenames) {
        List<Known> all = new ArrayList<>();
        for (String basename : basenames.split(",")) {
            Properties english = properties(basename.strip() + ".properties");
            for (String key : english.stringPropertyNames()) {
                if (key.startsWith(PREFIX)) {
                    all.add(compile(key, english.getProperty(key)));
                }
            }
        }
        all.sort(Comparator.comparingInt(Known::literalLength).reversed().thenComparing(Known::code));
        return List.copyOf(all);
    }

    /**
     * The English text of a code as a pattern: with arguments it is a MessageFormat pattern ({@code ''} is one
     * apostrophe), without it is read as written, as the MessageSource does.
     */
    static Known compile(String code, String english) {
        Matcher p = PLACEHOLDER.matcher(english);
        boolean format = p.find();
        p.reset();
        StringBuilder regex = new StringBuilder();
        List<Integer> groups = new ArrayList<>();
        int literal = 0;
        int at = 0;
        while (p.find()) {
            String fixed = english.substring(at, p.start()).replace("''", "'");
            literal += fixed.length();
            regex.append(Pattern.quote(fixed)).append("(.+?)");
            groups.add(Integer.parseInt(p.group(1)));
            at = p.end();
        }
        String rest = english.substring(at);
        rest = format ? rest.replace("''", "'") : rest;
        literal += rest.length();
        regex.append(Pattern.quote(rest));
        return new Known(code, Pattern.compile(regex.toString(), Pattern.DOTALL),
                groups.stream().mapToInt(Integer::intValue).toArray(), literal);
    }

    static Properties properties(String resource) {
        Properties properties = new Properties();
        try (InputStream in = PageReasons.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the message bundle " + resource, e);
        }
        return properties;
    }
}
