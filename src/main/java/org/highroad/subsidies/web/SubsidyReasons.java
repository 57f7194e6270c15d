package org.highroad.subsidies.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.platform.pages.PageFormats;
import org.highroad.platform.pages.PageReasons;
import org.springframework.stereotype.Component;

/**
 * A subsidy request's or claim's reason as its reader reads it on a page ({@code ${@subsidyReasons.text(x)}}): in the
 * page's language ({@link PageReasons}), and with each day written as the page writes dates ("Dec 17, 2026", "17 dic
 * 2026") rather than as the rule states it for the API (2026-12-17).
 */
@Component("subsidyReasons")
public class SubsidyReasons {

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    private final PageReasons reasons;
    private final PageFormats formats;

    SubsidyReasons(PageReasons reasons, PageFormats formats) {
        this.reasons = reasons;
        this.formats = formats;
    }

    public String text(String reason) {
        String said = reasons.text(reason);
        if (said == null) {
            return null;
        }
        Matcher date = ISO_DATE.matcher(said);
        StringBuilder out = new StringBuilder();
        while (date.find()) {
            String shown;
            try {
                shown = formats.date(LocalDate.parse(date.group(1)));
            } catch (DateTimeParseException notADay) {
                shown = date.group(1);
            }
            date.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        date.appendTail(out);
        return out.toString();
    }
}
