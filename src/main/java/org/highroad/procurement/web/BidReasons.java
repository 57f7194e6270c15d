package org.highroad.procurement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.platform.pages.PageFormats;
import org.highroad.platform.pages.PageReasons;
import org.highroad.platform.pages.PageTexts;
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
}
