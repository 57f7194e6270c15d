package org.highroad.subsidies.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.platform.pages.PageFormats;
import org.highroad.platform.pages.PageReasons;
import org.highroad.platform.pages.PageTexts;
import org.highroad.vendors.ScreeningReasons;
import org.springframework.stereotype.Component;

/**
 * A subsidy request's or claim's reason as its reader reads it on a page ({@code ${@subsidyReasons.text(x)}}): in the
 * page's language ({@link PageReasons}), and with each day written as the page writes dates ("Dec 17, 2026", "17 dic
 * 2026") rather than as the rule states it for the API (2026-12-17). A flag from the employer's compliance record
 * (domain.SoftStandards.eligibilityFlags) names the eligibility rule and the entries that count in words, in English as
 * in Spanish ({@link ScreeningReasons}), never the rule's constant; an attestation the program requires, as the
 * employer's form words it.
 */
@Component("subsidyReasons")
public class SubsidyReasons {

    private static final Pattern ELIGIBILITY_FLAG = Pattern.compile("^the employer's compliance record does not meet the "
            + "program standard's eligibility rule ([A-Z_]+): (.*); sent to workforce staff's review, never approved "
            + "automatically$", Pattern.DOTALL);
    private static final Pattern ATTESTATION = Pattern.compile("^the program requires the attestation ([A-Z_]+)$");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    private final PageReasons reasons;
    private final PageFormats formats;
    private final ScreeningReasons screening;
    private final PageTexts texts;

    SubsidyReasons(PageReasons reasons, PageFormats formats, ScreeningReasons screening, PageTexts texts) {
        this.reasons = reasons;
        this.formats = formats;
        this.screening = screening;
        this.texts = texts;
    }

    public String text(String reason) {
        Matcher flag = reason == null ? null : ELIGIBILITY_FLAG.matcher(reason);
        if (flag != null && flag.matches()) {
            String clause = screening.clause(flag.group(1) + ": " + flag.group(2));
            if (clause != null) {
                return texts.text("subsidyReason.eligibilityFlag", clause);
            }
        }
        Matcher attestation = reason == null ? null : ATTESTATION.matcher(reason);
        if (attestation != null && attestation.matches()) {
            try { // the attestation as the employer's form words it, never its code (NO_DISPLACEMENT)
                return texts.text("subsidyReason.attestationRequired", texts.text("portalSubsidy.attestation." + attestation.group(1)));
            } catch (org.springframework.context.NoSuchMessageException unknownAttestation) {
                // said as any other reason
            }
        }
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
