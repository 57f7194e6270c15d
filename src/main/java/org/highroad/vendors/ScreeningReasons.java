package org.highroad.vendors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.platform.pages.PageFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A reason of the eligibility screening as a page's reader reads it, in the page's language (English or Spanish): the
 * rule in words, never its constant (UNRESOLVED_WAGE_THEFT), each entry of the record that counts, and every day as the
 * page writes dates. The screening states its reasons in English for the API and the stored outcome of a bid ("RULE:
 * detail (citation)", {@code domain.VendorScreening}); a page that shows one (a bid's eligibility step, a subsidy
 * request's flag) words it here. The sentences are the bundle's {@code screening.*} keys (vendors/messages*.properties).
 */
@Component("screeningReasons")
public class ScreeningReasons {

    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";
    private static final Pattern CLAUSE = Pattern.compile("^(ACTIVE_DEBARMENT|UNRESOLVED_WAGE_THEFT|SERIOUS_SAFETY_CITATIONS): (.*)$",
            Pattern.DOTALL);
    private static final Pattern DEBARRED = Pattern.compile("^debarred by (.+?) from " + DATE + "(?: with no end date| until "
            + DATE + ")(?: \\((.*)\\))?$", Pattern.DOTALL);
    private static final Pattern COUNTED = Pattern.compile("^(\\d+) (?:unresolved wage-theft violation\\(s\\)|serious safety "
            + "citation\\(s\\)) between " + DATE + " and " + DATE + " \\(at most (\\d+) allowed\\); latest on " + DATE + "; ",
            Pattern.DOTALL);
    private static final Pattern ENTRY = Pattern.compile("entry (\\d+) \\((?:found by (.+?)|as liable prime in compliance case "
            + "(\\d+)|compliance case (\\d+)), occurred " + DATE + "(?:, unresolved|, resolved on " + DATE + ")(?:, (\\$[0-9,]+\\.\\d{2}) "
            + "restitution outstanding)?\\)", Pattern.DOTALL);
    private static final Pattern CITATION = Pattern.compile("^(?: \\((.*)\\))?$", Pattern.DOTALL);

    private final MessageSource messages;
    private final PageFormats formats;

    ScreeningReasons(MessageSource messages, PageFormats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /**
     * One clause of the screening, "RULE: detail" with or without its rule's citation in parentheses at its end, in the
     * page's language; null when the text is not a clause the screening writes (the caller shows it as it shows any
     * other reason).
     */
    public String clause(String text) {
        Matcher clause = text == null ? null : CLAUSE.matcher(text);
        if (clause == null || !clause.matches()) {
            return null;
        }
        String rule = clause.group(1);
        return "ACTIVE_DEBARMENT".equals(rule) ? debarred(clause.group(2)) : counted(rule, clause.group(2));
    }

    /**
     * One reason of an {@link Eligibility} in words in {@code locale}, whatever the language of the request being
     * answered (the API answers in English): the clause as {@link #clause} says it, or, for a detail the screening does
     * not write that way, the rule in words and the detail as given; never the rule's constant.
     */
    public String reason(Eligibility.Reason reason, Locale locale) {
        LocaleContext asked = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            String said = clause(reason.rule() + ": " + reason.detail()
                    + (reason.citation() == null || reason.citation().isBlank() ? "" : " (" + reason.citation() + ")"));
            return said != null ? said : reason.citation() == null || reason.citation().isBlank()
                    ? text("screening.clause", rule(reason.rule()), reason.detail())
                    : text("screening.clause.cited", rule(reason.rule()), reason.detail(), reason.citation());
        } finally {
            LocaleContextHolder.setLocaleContext(asked);
        }
    }

    /** The rule of the screening in words in {@code locale}, or the rule as given for a rule it does not know. */
    public String rule(String rule, Locale locale) {
        return messages.getMessage("screening.rule." + rule, null, rule, locale);
    }

    /** The rule of the screening in words ("unresolved wage theft"), or the text as given for a rule it does not know. */
    public String rule(String rule) {
        return messages.getMessage("screening.rule." + rule, null, rule, LocaleContextHolder.getLocale());
    }

    private String debarred(String detail) {
        Matcher d = DEBARRED.matcher(detail);
        if (!d.matches()) {
            return null;
        }
        String said = d.group(3) == null ? text("screening.debarredNoEnd", d.group(1), day(d.group(2)))
                : text("screening.debarredUntil", d.group(1), day(d.group(2)), day(d.group(3)));
        return cited("ACTIVE_DEBARMENT", said, d.group(4));
    }

    private String counted(String rule, String detail) {
        Matcher c = COUNTED.matcher(detail);
        if (!c.lookingAt()) {
            return null;
        }
        List<String> entries = new ArrayList<>();
        int at = c.end();
        Matcher e = ENTRY.matcher(detail);
        while (true) {
            e.region(at, detail.length());
            if (!e.lookingAt()) {
                return null;
            }
            entries.add(entry(e));
            at = e.end();
            if (!detail.startsWith("; entry ", at)) {
                break;
            }
            at += 2;
        }
        Matcher citation = CITATION.matcher(detail.substring(at));
        if (!citation.matches()) {
            return null;
        }
        String said = text("screening.count." + rule, Integer.valueOf(c.group(1)), day(c.group(2)), day(c.group(3)),
                Integer.valueOf(c.group(4)), day(c.group(5)), String.join("; ", entries));
        return cited(rule, said, citation.group(1));
    }

    private String entry(Matcher e) {
        String from = e.group(2) != null ? text("screening.entry.foundBy", e.group(2))
                : e.group(3) != null ? text("screening.entry.primeCase", e.group(3)) : text("screening.entry.case", e.group(4));
        String state = e.group(6) == null ? text("screening.entry.unresolved") : text("screening.entry.resolved", day(e.group(6)));
        if (e.group(7) != null) {
            state += ", " + text("screening.entry.outstanding", e.group(7));
        }
        return text("screening.entry", e.group(1), from, day(e.group(5)), state);
    }

    private String cited(String rule, String said, String citation) {
        return citation == null ? text("screening.clause", rule(rule), said)
                : text("screening.clause.cited", rule(rule), said, citation);
    }

    private String day(String iso) {
        return formats.date(LocalDate.parse(iso));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
