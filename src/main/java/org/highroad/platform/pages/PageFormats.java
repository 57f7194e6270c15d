package org.highroad.platform.pages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.highroad.platform.money.Money;
import org.highroad.platform.security.HighroadUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts, rates, percentages and dates written for the page's reader ({@code ${@pageFormats.money(x)}} in a
 * template): money as {@link Money} writes it for the page's language, rates exact, dates in the reader's style.
 */
@Component("pageFormats")
public class PageFormats {

    /** Who records the escalation ladder's advice on a case: the policy table staff edit (enforcement's AdviseEscalation). */
    static final String LADDER = "escalation-ladder.dmn";

    private final MessageSource messages;

    public PageFormats(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Who did something, as the page's reader reads it: a person by their user id, the demo data's loader as "Highroad
     * demo data" and the workflow's own steps (HighroadUser.WORKFLOW_ID: every step no person takes) as "Highroad
     * workflow (automatic)", the escalation ladder's advice (recorded by the DMN table's file name, {@link #LADDER}) as
     * "Escalation ladder (automatic)", in the page's language (their technical ids stay in the audit records and the
     * API); null as a dash.
     */
    public String actor(String userId) {
        if (userId == null) {
            return "—";
        }
        String code = HighroadUser.DEMO_DATA_ID.equals(userId) ? "actor.demoData"
                : HighroadUser.WORKFLOW_ID.equals(userId) ? "actor.workflow"
                : LADDER.equals(userId) ? "actor.escalationLadder" : null;
        return code == null ? userId : messages.getMessage(code, null, userId, LocaleContextHolder.getLocale());
    }

    /**
     * A scorecard line's answer as the page's reader reads it: the scorer's words for a flag and for a vendor without
     * history ("yes", "no", "no history", kept as such in the stored scorecard and the API) in the page's language; a
     * number as given; no answer as a dash.
     */
    public String answer(String input) {
        if (input == null) {
            return "—";
        }
        String code = switch (input) {
            case "yes" -> "answer.yes";
            case "no" -> "answer.no";
            case "no history" -> "answer.noHistory";
            default -> null;
        };
        return code == null ? input : messages.getMessage(code, null, input, LocaleContextHolder.getLocale());
    }

    public String money(BigDecimal amount) {
        return amount == null ? "—" : Money.of(amount).format(locale());
    }

    public String rate(BigDecimal rate) {
        return rate == null ? "—" : Money.formatRate(rate, locale());
    }

    public String percent(BigDecimal percent) {
        return percent == null ? "—" : percent.stripTrailingZeros().toPlainString() + " %";
    }

    public String date(LocalDate date) {
        return date == null ? "—" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
    }

    public String instant(Instant at) {
        return at == null ? "—" : at.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale())) + " UTC";
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale().getLanguage().equals("es") ? Locale.forLanguageTag("es-US") : Locale.US;
    }
}
