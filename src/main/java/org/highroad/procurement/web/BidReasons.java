package org.highroad.procurement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.platform.pages.PageFormats;
import org.highroad.platform.pages.PageReasons;
import org.highroad.platform.pages.PageTexts;
import org.highroad.procurement.NoticeView;
import org.highroad.vendors.ScreeningReasons;
import org.springframework.stereotype.Component;

/**
 * A bid's outcome as a page's reader reads it ({@code ${@bidReasons.text(b.outcomeReason)}}): a bid the eligibility
 * screening disqualified says why in words in the page's language, English or Spanish (each rule by its name, the
 * entries of the record that count, dates as the page writes them; never the rule's constant or the API's ISO dates);
 * any other outcome as {@link PageReasons} says it. The stored outcome and the API keep the screening's English
 * ("ineligible vendor: UNRESOLVED_WAGE_THEFT: ...", {@code BidEvaluation.checkEligibility}).
 */
@Component("bidReasons")
public class BidReasons {

    private static final String INELIGIBLE = "ineligible vendor: ";
    private static final Pattern NEXT_CLAUSE = Pattern.compile(
            "; (?=(?:ACTIVE_DEBARMENT|UNRESOLVED_WAGE_THEFT|SERIOUS_SAFETY_CITATIONS|PREQUALIFICATION): )");
    private static final Pattern NOT_PREQUALIFIED = Pattern.compile(
            "^PREQUALIFICATION: the vendor is not pre-qualified under (.+) on (\\d{4}-\\d{2}-\\d{2}) \\(required by solicitation (\\d+)\\)$",
            Pattern.DOTALL);

    // a notice to a bidder as Awards and Solicitations.cancel wrote it in English before its values were kept (V89):
    // "Solicitation 12 (Roof). Your bid ..."
    private static final Pattern NOTICE = Pattern.compile("^Solicitation (\\d+) \\((.*?)\\)\\. (Your bid .*)$", Pattern.DOTALL);
    private static final Pattern CANCELLED = Pattern.compile("^Solicitation (\\d+) \\((.*?)\\) was cancelled: (.*)$",
            Pattern.DOTALL);
    private static final Pattern RANKED = Pattern.compile("^Your bid ranked #(\\d+) with (\\d+(?:\\.\\d+)?) points and was not awarded\\.$");
    private static final String AWARDED = "Your bid was awarded: ";
    private static final String DISQUALIFIED = "Your bid was disqualified: ";
    private static final String NON_RESPONSIVE = "Your bid was non-responsive: ";

    private final PageReasons reasons;
    private final ScreeningReasons screening;
    private final PageTexts texts;
    private final PageFormats formats;

    BidReasons(PageReasons reasons, ScreeningReasons screening, PageTexts texts, PageFormats formats) {
        this.reasons = reasons;
        this.screening = screening;
        this.texts = texts;
        this.formats = formats;
    }

    public String text(String outcome) {
        if (outcome == null || !outcome.startsWith(INELIGIBLE)) {
            return reasons.text(outcome);
        }
        List<String> said = new ArrayList<>();
        for (String clause : NEXT_CLAUSE.split(outcome.substring(INELIGIBLE.length()))) {
            Matcher prequalification = NOT_PREQUALIFIED.matcher(clause);
            String words = prequalification.matches()
                    ? texts.text("bidReason.notPrequalified", screening.rule("PREQUALIFICATION"), prequalification.group(1),
                            formats.date(LocalDate.parse(prequalification.group(2))), prequalification.group(3))
                    : screening.clause(clause);
            if (words == null) {
                return reasons.text(outcome); // not a clause the screening writes: said as any other reason
            }
            said.add(words);
        }
        return texts.text("bidReason.ineligible", String.join("; ", said));
    }

    /**
     * A notice to a bidder as the bid's page reads it, written from what it says (its code and values, kept with it
     * since V89): the sentence in the page's language, a disqualification's or non-responsiveness's reason in words as
     * {@link #text} says it (no rule constant, no ISO date), the officer's reason for cancelling as written. A notice
     * recorded before its values were kept, whose sentence V89 could not read, is read from its English text.
     */
    public String notice(NoticeView notice) {
        NoticeView.Said said = notice == null ? null : notice.said();
        if (said == null) {
            return notice(notice == null ? null : notice.text());
        }
        String id = String.valueOf(said.solicitationId()); // an id, never grouped as a number ("1,204")
        String title = said.title();
        return switch (said.code()) {
            case "awarded" -> texts.text("bidNotice.awarded", id, title);
            case "unsuccessful" -> texts.text("bidNotice.unsuccessful", id, title, said.rank(), said.points());
            case "disqualified" -> texts.text("bidNotice.disqualified", id, title, text(said.reason()));
            case "nonResponsive" -> texts.text("bidNotice.nonResponsive", id, title, text(said.reason()));
            // the officer's reason for cancelling is free text, shown as written
            case "cancelled" -> texts.text("bidNotice.cancelled", id, title, reasons.text(said.reason()));
            default -> notice(notice.text()); // a code this version does not know: its English sentence, never blank
        };
    }

    /**
     * A notice to a bidder recorded before what it says was kept ({@code NoticeView.text}, in English as Awards and
     * Solicitations wrote it then), read back from its sentence: as {@link #notice(NoticeView)} says it. A notice not
     * written that way (an older wording, one cut at the column's length) is said as any other reason, never blank.
     */
    public String notice(String text) {
        if (text == null) {
            return reasons.text(null);
        }
        Matcher cancelled = CANCELLED.matcher(text);
        if (cancelled.matches()) {
            // the officer's reason for cancelling is free text, shown as written
            return texts.text("bidNotice.cancelled", cancelled.group(1), cancelled.group(2), reasons.text(cancelled.group(3)));
        }
        Matcher notice = NOTICE.matcher(text);
        if (!notice.matches()) {
            return reasons.text(text);
        }
        String id = notice.group(1);
        String title = notice.group(2);
        String told = notice.group(3);
        if (told.startsWith(AWARDED)) {
            return texts.text("bidNotice.awarded", id, title);
        }
        if (told.startsWith(DISQUALIFIED)) {
            return texts.text("bidNotice.disqualified", id, title, text(told.substring(DISQUALIFIED.length())));
        }
        if (told.startsWith(NON_RESPONSIVE)) {
            return texts.text("bidNotice.nonResponsive", id, title, text(told.substring(NON_RESPONSIVE.length())));
        }
        Matcher ranked = RANKED.matcher(told);
        if (ranked.matches()) {
            return texts.text("bidNotice.unsuccessful", id, title, ranked.group(1), new BigDecimal(ranked.group(2)));
        }
        return reasons.text(text);
    }
}
