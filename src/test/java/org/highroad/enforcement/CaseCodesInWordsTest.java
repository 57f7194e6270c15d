package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.highroad.enforcement.domain.CaseStep;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.escalation.EscalationAdvice;
import org.highroad.enforcement.escalation.EscalationStep;
import org.highroad.enforcement.ledger.LedgerEntry;
import org.highroad.payroll.wages.WageFinding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The staff case pages show no code: every kind of finding, every escalation step, every kind of step a case takes and
 * every decision a step records, every kind of ledger entry has its words in English and in Spanish.
 */
class CaseCodesInWordsTest {

    /** The finding kinds that are not the wage checks': workforce shares, late reports, complaints, site visits. */
    static final List<String> OTHER_FINDING_KINDS = List.of("SHARE_SHORTFALL", "LATE_REPORT", "INVESTIGATION_DISCREPANCY",
            "SITE_VISIT_VIOLATION");

    /**
     * The decisions steps record beside those named by an enum: a notice issued or amended, a reminder sent, findings
     * confirmed, dismissed, superseded or revised, an escalation applied or held, a referral approved or rejected, a case
     * closed by the ladder.
     */
    static final List<String> STEP_DECISIONS = List.of("ISSUED", "AMENDED", "SENT", "CONFIRMED", "DISMISSED", "SUPERSEDED",
            "REVISED", "APPLIED", "HELD", "APPROVED", "REJECTED", "CLOSED");

    private static Properties bundle(String module, String language) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources", module,
                "messages" + (language.isEmpty() ? "" : "_" + language) + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static List<String> names(Class<? extends Enum<?>> e) {
        return Arrays.stream(e.getEnumConstants()).map(Enum::name).toList();
    }

    private static List<String> missing(Properties bundle, String prefix, List<String> codes) {
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            String text = bundle.getProperty(prefix + code);
            if (text == null || text.isBlank()) {
                out.add(prefix + code);
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "es"})
    void everyCodeOfACaseHasItsWords(String language) throws IOException {
        Properties payroll = bundle("payroll", language);
        Properties enforcement = bundle("enforcement", language);
        List<String> kinds = Stream.concat(names(WageFinding.Kind.class).stream(), OTHER_FINDING_KINDS.stream()).toList();
        List<String> decisions = Stream.of(STEP_DECISIONS, names(RecordVerification.Decision.class),
                names(EscalationAdvice.NextStep.class), names(ComplianceCase.Outcome.class)).flatMap(List::stream).distinct().toList();

        assertThat(missing(payroll, "finding.", kinds)).as("finding kinds").isEmpty();
        assertThat(missing(enforcement, "staffcase.escalation.", names(EscalationStep.class))).as("escalation steps").isEmpty();
        assertThat(missing(enforcement, "staffcase.step.", names(CaseStep.Kind.class))).as("kinds of step").isEmpty();
        assertThat(missing(enforcement, "staffcase.stepDecision.", decisions)).as("step decisions").isEmpty();
        assertThat(missing(enforcement, "staffcase.entry.", names(LedgerEntry.Kind.class))).as("ledger entries").isEmpty();
        if (!language.isEmpty()) {
            Properties english = bundle("payroll", "");
            kinds.forEach(k -> assertThat(payroll.getProperty("finding." + k)).as(k).isNotEqualTo(english.getProperty("finding." + k)));
        }
    }

    /**
     * A finding's kind is shown to the contractor (its payroll page, its case page): no label may tell it that a worker
     * complained, which points at the complainant (29 CFR 5.6(a)(5): the complainant's identity is not disclosed).
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "es"})
    void noFindingKindTellsTheContractorThatAWorkerComplained(String language) throws IOException {
        Properties payroll = bundle("payroll", language);
        List<String> kinds = Stream.concat(names(WageFinding.Kind.class).stream(), OTHER_FINDING_KINDS.stream()).toList();
        for (String kind : kinds) {
            assertThat(payroll.getProperty("finding." + kind)).as(kind).isNotNull()
                    .doesNotContainIgnoringCase("complain").doesNotContainIgnoringCase("queja")
                    .doesNotContainIgnoringCase("denuncia").doesNotContainIgnoringCase("reclam");
        }
    }
}
