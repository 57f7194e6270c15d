package org.highroad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.highroad.bench.DmnTables.Escalation;
import org.highroad.bench.DmnTables.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.engine.variable.Variables;

/**
 * The decision benchmark measures the same decisions in every variant: the hand-written Java floor and each expression
 * language of the tables answer alike on the project's three tables, for a few cases picked by hand at the
 * thresholds and for the benchmark's own varied inputs.
 */
class DmnBaselineTest {

    private static final String[] RATIONALES = DmnTables.escalationRationales();

    @Test
    void theJavaLadderAnswersAsTheTableSaysAtItsThresholds() {
        // step, cured, owed, days past cure, open violations, repeat offender, missing payrolls -> next step
        assertThat(next(new Escalation("DEBARMENT_REFERRAL", true, 0, 0, 0, false, 0))).isEqualTo("WAIT");
        assertThat(next(new Escalation("FINES", true, 0, 30, 3, true, 0))).isEqualTo("CLOSE");
        assertThat(next(new Escalation("WITHHOLDING", false, 0, 0, 0, false, 0))).isEqualTo("CLOSE");
        assertThat(next(new Escalation("NONE", true, 0.01, 0, 1, false, 0))).isEqualTo("WITHHOLDING");
        assertThat(next(new Escalation("NONE", false, 0, 0, 1, false, 2))).isEqualTo("WITHHOLDING");
        assertThat(next(new Escalation("NONE", false, 0, 10, 1, false, 0))).isEqualTo("FINES");
        assertThat(next(new Escalation("NONE", false, 0, 9, 1, false, 0))).isEqualTo("WAIT");
        assertThat(next(new Escalation("WITHHOLDING", false, 120.5, 10, 1, false, 0))).isEqualTo("FINES");
        assertThat(next(new Escalation("WITHHOLDING", false, 120.5, 30, 0, false, 0))).isEqualTo("WAIT");
        assertThat(next(new Escalation("FINES", false, 0, 0, 1, true, 0))).isEqualTo("DEBARMENT_REFERRAL");
        assertThat(next(new Escalation("FINES", false, 0, 20, 1, false, 0))).isEqualTo("DEBARMENT_REFERRAL");
        assertThat(next(new Escalation("FINES", false, 0, 19, 1, false, 0))).isEqualTo("WAIT");
        assertThat(DmnTables.noticeTier(14)).isZero();
        assertThat(DmnTables.noticeTier(13.99)).isEqualTo(1);
        assertThat(DmnTables.noticeTier(2.99)).isEqualTo(3);
        assertThat(DmnTables.findingsTier(0)).isZero();
        assertThat(DmnTables.findingsTier(5)).isEqualTo(1);
        assertThat(DmnTables.findingsTier(30.01)).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyVariantOfTheLadderAgreesWithTheJavaFloor(Variant variant) {
        DmnEngine engine = DmnTables.engine(variant);
        DmnDecision ladder = DmnTables.parse(engine, DmnTables.ESCALATION, variant);
        List<Escalation> inputs = DmnTables.escalationInputs(1000, 7);
        int[] rulesSeen = new int[DmnTables.ESCALATION_NEXT.length];
        for (Escalation in : inputs) {
            int rule = DmnTables.escalationRule(in);
            rulesSeen[rule]++;
            assertThat(DmnTables.outcome(engine.evaluateDecision(ladder, in.variables()).getSingleResult(), "nextStep",
                    "rationale")).as("%s for %s", variant, in)
                    .isEqualTo(DmnTables.ESCALATION_NEXT[rule] + "|" + RATIONALES[rule] + "|");
        }
        // the varied inputs reach every rule of the ladder, so the benchmark exercises the whole table
        assertThat(rulesSeen).doesNotContain(0);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyVariantOfTheTierTablesAgreesWithTheJavaFloor(Variant variant) {
        DmnEngine engine = DmnTables.engine(variant);
        DmnDecision findings = DmnTables.parse(engine, DmnTables.FINDINGS_TIERS, variant);
        for (double value : DmnTables.tierInputs(500, 8, 40, DmnTables.FINDINGS_BOUNDARIES)) {
            int t = DmnTables.findingsTier(value);
            assertThat(DmnTables.outcome(engine.evaluateDecision(findings, Variables.createVariables().putValue("value", value))
                    .getSingleResult(), "share", "label")).as("%s findings %s", variant, value)
                    .isEqualTo(DmnTables.FINDINGS_SHARE[t] + "|" + DmnTables.FINDINGS_LABEL[t] + "|");
        }
        DmnDecision notice = DmnTables.parse(engine, DmnTables.NOTICE_TIERS, variant);
        for (double value : DmnTables.tierInputs(500, 9, 21, DmnTables.NOTICE_BOUNDARIES)) {
            int t = DmnTables.noticeTier(value);
            assertThat(DmnTables.outcome(engine.evaluateDecision(notice, Variables.createVariables().putValue("value", value))
                    .getSingleResult(), "share", "label")).as("%s notice %s", variant, value)
                    .isEqualTo(DmnTables.NOTICE_SHARE[t] + "|" + DmnTables.NOTICE_LABEL[t] + "|");
        }
    }

    /**
     * The process engine's job executor evaluates decisions on several threads at once: one parsed-once engine and one
     * parsed ladder, shared by eight threads, answer every case as the Java floor does.
     */
    @Test
    void theParsedOnceLadderAnswersAlikeFromManyThreadsAtOnce() throws Exception {
        DmnEngine engine = DmnTables.engine(Variant.FEEL_SCALA_PARSED_ONCE);
        DmnDecision ladder = DmnTables.parse(engine, DmnTables.ESCALATION, Variant.FEEL_SCALA_PARSED_ONCE);
        List<Escalation> inputs = DmnTables.escalationInputs(400, 11);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 50;
                runs.add(threads.submit(() -> {
                    int checked = 0;
                    for (int i = 0; i < inputs.size(); i++) {
                        Escalation in = inputs.get((i + offset) % inputs.size());
                        int rule = DmnTables.escalationRule(in);
                        assertThat(DmnTables.outcome(engine.evaluateDecision(ladder, in.variables()).getSingleResult(),
                                "nextStep", "rationale")).as("%s", in)
                                .isEqualTo(DmnTables.ESCALATION_NEXT[rule] + "|" + RATIONALES[rule] + "|");
                        checked++;
                    }
                    return checked;
                }));
            }
            for (var run : runs) {
                assertThat(run.get(2, java.util.concurrent.TimeUnit.MINUTES)).isEqualTo(inputs.size());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aCellTheJuelRewritingDoesNotKnowIsRefused() {
        String xml = "<inputEntry id=\"x\"><text>date(\"2027-01-01\")</text></inputEntry>";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DmnTables.toJuel(xml, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date(");
    }

    private static String next(Escalation in) {
        return DmnTables.ESCALATION_NEXT[DmnTables.escalationRule(in)];
    }
}
