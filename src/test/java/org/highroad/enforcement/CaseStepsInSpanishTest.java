package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.highroad.enforcement.escalation.EscalationStep;
import org.highroad.platform.pages.PageReasons;
import org.highroad.platform.pages.PageReasonsTest;
import org.junit.jupiter.api.Test;

/**
 * A case's steps as the staff and contractor case pages show them: each step's rationale is recorded in English (the
 * record and the API keep it), and a Spanish page says it in Spanish, never "finding(s)" or "vendor(s)".
 */
class CaseStepsInSpanishTest {

    @Test
    void theStepsRationalesReadInSpanish() {
        PageReasons reasons = PageReasonsTest.reasons();
        // as CaseNotices, BulkReview, ReviseFinding and CloseByRule record them
        List<String> recorded = List.of(
                "Notice of non-compliance 1 to vendor(s) [3] for finding(s) [12, 13]",
                "Notice of non-compliance 2 to vendor(s) [4, 3] for finding(s) [12]",
                "Notice of subsidy recovery 1 to vendor(s) [3] for finding(s) [7]",
                "3 finding(s) confirmed together: [12, 13, 14].",
                "2 finding(s) dismissed together: [15, 16].",
                "The agency's auditor revised what finding 12 owes worker W-5678 from $80.00 to $60.00 (-$20.00); the "
                        + "restitution owed changes by the difference.",
                "no finding was confirmed");
        for (String rationale : recorded) {
            String spanish = reasons.text(rationale, Locale.forLanguageTag("es"));
            assertThat(spanish).as(rationale).isNotEqualTo(rationale)
                    .doesNotContain("finding", "vendor(s)", "Notice of", "together", "confirmed", "dismissed", "owes");
        }
        assertThat(reasons.text("3 finding(s) confirmed together: [12, 13, 14].", Locale.forLanguageTag("es")))
                .isEqualTo("3 hallazgo(s) confirmado(s) en conjunto: [12, 13, 14].");
    }

    private static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final EscalationStep WITHHOLDING = EscalationStep.WITHHOLDING;

    /** Every rationale the escalation ladder records (its ADVICE steps) reads in Spanish on a Spanish page. */
    @Test
    void theLaddersRationalesReadInSpanish() throws java.io.IOException {
        PageReasons reasons = PageReasonsTest.reasons();
        String table = java.nio.file.Files.readString(java.nio.file.Path.of("bpmn/enforcement/escalation-ladder.dmn"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("_rationale\"><text>\"(.*?)\"</text>").matcher(table);
        int rules = 0;
        while (m.find()) {
            rules++;
            String rationale = m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
            assertThat(reasons.codeOf(rationale)).as(rationale).startsWith("reason.enforcement.ladder.");
            assertThat(reasons.text(rationale, Locale.forLanguageTag("es"))).as(rationale).isNotEqualTo(rationale)
                    .doesNotContain("withhold", "Fines", "outstanding");
        }
        assertThat(rules).as("the ladder's rules").isGreaterThan(10);
        // why an applied withholding records $0.00, as DecideEscalation records it
        assertThat(reasons.text(DecideEscalation.nothingWithheld(new DecideEscalation.Preview(WITHHOLDING, ZERO, ZERO, ZERO, 2)), Locale.forLanguageTag("es")))
                .isEqualTo("El pago queda suspendido hasta que se presenten las nóminas certificadas que faltan (2); la "
                        + "suspensión no tiene importe (29 CFR 5.5(a)(2)(i) y 5.5(a)(3)(iv)).");
        assertThat(reasons.text(DecideEscalation.nothingWithheld(new DecideEscalation.Preview(WITHHOLDING, ZERO, new BigDecimal("30.00"),
                new BigDecimal("60.00"), 0)), Locale.forLanguageTag("es")))
                .isEqualTo("No se retiene nada más: la retención ya mantenida, $60.00, cubre los $30.00 que aún se adeudan "
                        + "contando solo los pagos que un auditor aceptó (29 CFR 5.9).");
        assertThat(reasons.text("Restitution is outstanding and not proved paid: withhold what is owed and not yet held from "
                + "the contractor's next payment, so the workers can be paid from it (29 CFR 5.5(a)(2) withholding; 29 CFR "
                + "5.9: so much of the accrued payments as is needed to satisfy the liabilities, suspended until the "
                + "violations have ceased).", Locale.forLanguageTag("es")))
                .startsWith("Hay restitución pendiente y no consta su pago: retenga del próximo pago al contratista lo "
                        + "adeudado que aún no está retenido");
    }
}
