package org.highroad.enforcement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.enforcement.CaseSteps;
import org.highroad.platform.pages.PageFormats;
import org.highroad.platform.pages.PageReasons;
import org.highroad.vendors.VendorRegistry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A case step's words as a case page shows them ({@code ${@caseStepTexts.rationale(s)}}), in the page's language. The
 * step is recorded in English as the rules wrote it (the record and {@code GET /api/cases/{id}/steps} keep it), with
 * ids in list brackets and ISO dates: "Notice of non-compliance 1 to vendor(s) [3] for finding(s) [12, 13]", "cure by
 * 2026-12-17 (10 business days, contract Schedule C)". The page names the vendors by name, the findings as a sentence
 * lists them ("12, 13 and 14", "12, 13 y 14"), a list cut short with how many more in the page's words, and the
 * dates in the page's format; any other step's words are said as {@link PageReasons} says a module's reason, their
 * dates in the page's format.
 */
@Component("caseStepTexts")
public class CaseStepTexts {

    private static final Pattern NOTICE = Pattern.compile(
            "^Notice of (non-compliance|subsidy recovery) (\\d+) to vendor\\(s\\) \\[([0-9, ]*)] for finding\\(s\\) \\[(.*)]$");
    private static final Pattern CURE_BY = Pattern.compile(
            "^cure by (\\d{4}-\\d{2}-\\d{2}) \\((\\d+) business days, (contract Schedule C|the program's standard)\\)$");
    private static final Pattern TOGETHER = Pattern.compile("^(\\d+) finding\\(s\\) (confirmed|dismissed) together: \\[(.*)]\\.$");
    /**
     * Findings that no longer stand left the case (SupersededFindings): which, why, the notices that named them, the
     * restitution reversed and, when none stands any more, how the case ends.
     */
    private static final Pattern SUPERSEDED = Pattern.compile("^Finding\\(s\\) \\[([^\\]]*)] no longer stand: (.+?)\\."
            + "(?: Finding\\(s\\) \\[([^\\]]*)] were named in notice ([0-9]+(?: and [0-9]+)*), which stands as it was sent\\.)?"
            + "(?: The restitution they owed, (\\$[0-9,]+\\.[0-9]{2}), is reversed in the ledger\\.)?"
            + "(?: As of now no finding of this case stands: unless new findings join it, the case closes "
            + "(?:when its cure period ends \\(([^)]*)\\)|(without a notice))\\.)?$", Pattern.DOTALL);
    /** The end of a list cut short, as the bulk review writes it: "1, 2, …, 50, … and 10 more". */
    private static final Pattern MORE = Pattern.compile("^(.*), \u2026 and (\\d+) more$");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    private final MessageSource messages;
    private final PageReasons reasons;
    private final PageFormats formats;
    private final VendorRegistry vendors;

    CaseStepTexts(MessageSource messages, PageReasons reasons, PageFormats formats, VendorRegistry vendors) {
        this.messages = messages;
        this.reasons = reasons;
        this.formats = formats;
        this.vendors = vendors;
    }

    /** The rules' words of the step (its rationale), or null. */
    public String rationale(CaseSteps.StepView s) {
        return s == null ? null : text(s.rationale(), true);
    }

    /**
     * The step's reason: a person's words as written (in the language they wrote them), except the notice's cure date,
     * which the workflow writes.
     */
    public String reason(CaseSteps.StepView s) {
        if (s == null || s.reason() == null) {
            return null;
        }
        return "NOTICE".equals(s.step()) ? text(s.reason(), true) : reasons.text(s.reason());
    }

    private String text(String stored, boolean datesInPageFormat) {
        if (stored == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        Matcher notice = NOTICE.matcher(stored);
        if (notice.matches()) {
            List<String> vendorNames = new ArrayList<>();
            for (String id : ids(notice.group(3))) {
                vendorNames.add(vendors.legalName(Long.parseLong(id)));
            }
            Listed findings = listed(notice.group(4));
            return messages.getMessage("non-compliance".equals(notice.group(1)) ? "staffcase.stepText.notice"
                    : "staffcase.stepText.noticeRecovery", new Object[] {notice.group(2), vendorNames.size(),
                            sentence(vendorNames, 0, locale), findings.count(), sentence(findings.items(), findings.more(), locale)},
                    locale);
        }
        Matcher cure = CURE_BY.matcher(stored);
        if (cure.matches()) {
            return messages.getMessage(cure.group(3).startsWith("contract") ? "staffcase.stepText.cureBy"
                    : "staffcase.stepText.cureByProgram", new Object[] {formats.date(LocalDate.parse(cure.group(1))),
                            Integer.valueOf(cure.group(2))}, locale);
        }
        Matcher together = TOGETHER.matcher(stored);
        if (together.matches()) {
            Listed findings = listed(together.group(3));
            return messages.getMessage("confirmed".equals(together.group(2)) ? "staffcase.stepText.confirmedTogether"
                    : "staffcase.stepText.dismissedTogether", new Object[] {Integer.valueOf(together.group(1)),
                            sentence(findings.items(), findings.more(), locale)}, locale);
        }
        Matcher superseded = SUPERSEDED.matcher(stored);
        if (superseded.matches()) {
            return superseded(superseded, locale);
        }
        String said = reasons.text(stored);
        return datesInPageFormat ? inPageDates(said) : said;
    }

    /** The findings that no longer stand as a sentence lists them, each part of the step in the page's words. */
    private String superseded(Matcher m, Locale locale) {
        Listed gone = listed(m.group(1));
        StringBuilder text = new StringBuilder(messages.getMessage("staffcase.stepText.superseded", new Object[] {
                gone.count(), sentence(gone.items(), gone.more(), locale), inPageDates(reasons.text(m.group(2)))}, locale));
        if (m.group(3) != null) {
            Listed noticed = listed(m.group(3));
            List<String> notices = Arrays.stream(m.group(4).split(" and ")).map(String::strip).toList();
            text.append(' ').append(messages.getMessage("staffcase.stepText.supersededNoticed", new Object[] {
                    noticed.count(), sentence(noticed.items(), noticed.more(), locale), notices.size(),
                    sentence(notices, 0, locale)}, locale));
        }
        if (m.group(5) != null) {
            text.append(' ').append(messages.getMessage("staffcase.stepText.supersededReversed", new Object[] {m.group(5),
                    gone.count()}, locale));
        }
        if (m.group(6) != null) {
            text.append(' ').append(messages.getMessage("staffcase.stepText.supersededNoneStands", new Object[] {
                    inPageDates(m.group(6))}, locale));
        } else if (m.group(7) != null) {
            text.append(' ').append(messages.getMessage("staffcase.stepText.supersededNoneStandsNoNotice", null, locale));
        }
        return text.toString();
    }

    /** The ISO dates of a text the rules wrote, in the page's format. */
    private String inPageDates(String text) {
        Matcher m = ISO_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String date;
            try {
                date = formats.date(LocalDate.parse(m.group(1)));
            } catch (java.time.format.DateTimeParseException e) {
                date = m.group(1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(date));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The items of a list as recorded between its brackets, and how many more it left out. */
    private record Listed(List<String> items, int more) {

        int count() {
            return items.size() + more;
        }
    }

    /** The finding ids of a list in ascending order, as a reader looks them up (the record keeps them as recorded). */
    private static Listed listed(String inside) {
        Matcher more = MORE.matcher(inside);
        return more.matches() ? new Listed(ascending(ids(more.group(1))), Integer.parseInt(more.group(2)))
                : new Listed(ascending(ids(inside)), 0);
    }

    private static List<String> ascending(List<String> ids) {
        return ids.stream().allMatch(id -> id.matches("\\d{1,18}"))
                ? ids.stream().sorted(java.util.Comparator.comparingLong(Long::parseLong)).toList() : ids;
    }

    private static List<String> ids(String inside) {
        return Arrays.stream(inside.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "12", "12 and 13", "12, 13 and 14" in the page's words; a list cut short ends with how many more. */
    private String sentence(List<String> items, int more, Locale locale) {
        if (more > 0) {
            return messages.getMessage("staffcase.stepText.andMore", new Object[] {String.join(", ", items), more}, locale);
        }
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return messages.getMessage("staffcase.stepText.and", new Object[] {String.join(", ", items.subList(0,
                items.size() - 1)), items.get(items.size() - 1)}, locale);
    }
}
