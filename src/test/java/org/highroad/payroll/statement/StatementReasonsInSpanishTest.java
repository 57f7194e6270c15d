package org.highroad.payroll.statement;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.AssertTrue;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.highroad.payroll.intake.StorableText;
import org.highroad.platform.pages.PageReasons;
import org.highroad.platform.pages.PageReasonsTest;
import org.junit.jupiter.api.Test;

/**
 * The Statement of Compliance's own rules (its {@code @AssertTrue} checks) and the text it refuses have their codes: the
 * statement form in Spanish says what to fix in Spanish. A rule added without its code fails here.
 */
class StatementReasonsInSpanishTest {

    @Test
    void everyRuleOfTheStatementReadsInSpanish() {
        List<String> messages = new ArrayList<>();
        for (Class<?> type : List.of(StatementOfCompliance.class, StatementOfCompliance.FringePlan.class,
                StatementOfCompliance.ApprenticeshipProgram.class)) {
            for (Method m : type.getDeclaredMethods()) {
                AssertTrue rule = m.getAnnotation(AssertTrue.class);
                if (rule != null) {
                    messages.add(rule.message());
                }
            }
        }
        messages.add(StorableText.FULL_SSN);
        messages.add(StorableText.unstorable("line\nbreak"));
        PageReasons reasons = PageReasonsTest.reasons();
        assertThat(messages).hasSizeGreaterThanOrEqualTo(8);
        for (String message : messages) {
            assertThat(reasons.codeOf(message)).as(message).isNotNull();
            assertThat(reasons.text(message, Locale.forLanguageTag("es"))).as(message).isNotEqualTo(message);
        }
    }
}
