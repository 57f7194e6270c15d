package org.highroad.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.highroad.enforcement.escalation.EscalationAdvice;
import org.highroad.enforcement.escalation.EscalationAdvice.NextStep;
import org.highroad.enforcement.escalation.EscalationInput;
import org.highroad.enforcement.escalation.EscalationLadder;
import org.highroad.enforcement.escalation.EscalationStep;
import org.highroad.support.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;
import org.operaton.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.operaton.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.operaton.bpm.engine.variable.VariableMap;
import org.operaton.bpm.engine.variable.Variables;
import org.operaton.bpm.model.dmn.Dmn;
import org.operaton.bpm.model.dmn.HitPolicy;
import org.operaton.bpm.model.dmn.instance.DecisionTable;
import org.operaton.bpm.model.dmn.instance.Rule;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The escalation ladder as policy staff ship it ({@code bpmn/enforcement/escalation-ladder.dmn}): every rule and every
 * threshold's boundary, through the deployed decision ({@link DmnEscalationLadder}, the engine of the application) and,
 * to see which rule answered, on the DMN engine itself.
 */
class EscalationLadderTest extends ApiTest {

    private static final String TABLE = "/bpmn/enforcement/escalation-ladder.dmn";

    private static final List<String> MATCHED = new ArrayList<>();
    private static DmnEngine engine;
    private static DmnDecision decision;

    @Autowired
    EscalationLadder ladder;
    @Autowired
    RepositoryService repository;

    /** One case: the facts, the advice expected, the rule meant to give it and a source its rationale must cite. */
    record Case(EscalationStep step, boolean cured, String outstanding, int daysPastCure, int violations, boolean repeat,
            int missing, NextStep next, String rule, String cites) {

        Case(EscalationStep step, boolean cured, String outstanding, int daysPastCure, int violations, boolean repeat,
                NextStep next, String rule, String cites) {
            this(step, cured, outstanding, daysPastCure, violations, repeat, 0, next, rule, cites);
        }

        EscalationInput input() {
            return new EscalationInput(step, cured, new BigDecimal(outstanding), daysPastCure, violations, repeat, missing);
        }

        @Override
        public String toString() {
            return step + (cured ? " cured" : " not cured") + ", $" + outstanding + " outstanding, " + daysPastCure
                    + " business days past cure, " + violations + " open, " + (repeat ? "repeat offender" : "first case")
                    + (missing > 0 ? ", " + missing + " payroll(s) missing" : "")
                    + " → " + next + " (" + rule + ")";
        }
    }

    private static final String WITHHOLDING_CFR = "29 CFR 5.9";
    private static final String WITHHOLDING_CLAUSE = "29 CFR 5.5(a)(2)";
    private static final String BOSTON = "$300 per violation per day";
    private static final String DEBARMENT_CFR = "29 CFR 5.12";

    static Stream<Case> cases() {
        EscalationStep none = EscalationStep.NONE;
        EscalationStep withholding = EscalationStep.WITHHOLDING;
        EscalationStep fines = EscalationStep.FINES;
        EscalationStep referral = EscalationStep.DEBARMENT_REFERRAL;
        return Stream.of(
                // 1. a referral is decided by people, whatever happens meanwhile
                new Case(referral, false, "500.00", 30, 3, true, NextStep.WAIT, "Rule_referralIsDecidedByPeople", DEBARMENT_CFR),
                new Case(referral, true, "0", 0, 0, false, NextStep.WAIT, "Rule_referralIsDecidedByPeople", DEBARMENT_CFR),
                // 2. cured and paid closes from every step before a referral
                new Case(none, true, "0", 0, 0, false, NextStep.CLOSE, "Rule_curedAndPaid", WITHHOLDING_CFR),
                new Case(withholding, true, "0.00", 15, 0, false, NextStep.CLOSE, "Rule_curedAndPaid", WITHHOLDING_CFR),
                new Case(fines, true, "0", 25, 0, true, NextStep.CLOSE, "Rule_curedAndPaid", WITHHOLDING_CFR),
                // 3. nothing open and nothing owed closes too, even without a cure reported in time
                new Case(none, false, "0", 0, 0, false, NextStep.CLOSE, "Rule_nothingOpenNothingOwed", WITHHOLDING_CFR),
                new Case(fines, false, "0", 12, 0, true, NextStep.CLOSE, "Rule_nothingOpenNothingOwed", WITHHOLDING_CFR),
                // 4. restitution outstanding: withhold at once, from the first cent, even when a cure is claimed
                new Case(none, false, "0.01", 0, 1, false, NextStep.WITHHOLDING, "Rule_withholdRestitution", WITHHOLDING_CLAUSE),
                new Case(none, true, "250.00", 0, 0, false, NextStep.WITHHOLDING, "Rule_withholdRestitution", WITHHOLDING_CFR),
                new Case(none, false, "1200.00", 30, 4, true, NextStep.WITHHOLDING, "Rule_withholdRestitution", WITHHOLDING_CFR),
                // 4a. no restitution, but certified payrolls still missing: suspend payment for the contractor's share
                new Case(none, false, "0", 1, 1, false, 1, NextStep.WITHHOLDING, "Rule_withholdForMissingPayrolls",
                        "29 CFR 5.5(a)(2)(i) and 5.5(a)(3)(iv)"),
                new Case(none, false, "0", 12, 3, false, 2, NextStep.WITHHOLDING, "Rule_withholdForMissingPayrolls",
                        "29 CFR 5.5(a)(2)(i) and 5.5(a)(3)(iv)"),
                // ... restitution outstanding as well: rule 4 answers first
                new Case(none, false, "10.00", 1, 2, false, 1, NextStep.WITHHOLDING, "Rule_withholdRestitution", WITHHOLDING_CFR),
                // ... once withholding, payrolls still missing: fines from 10 business days, as for any open violation
                new Case(withholding, false, "0", 10, 1, false, 1, NextStep.FINES, "Rule_finesAfterWithholding", BOSTON),
                // 5. nothing to withhold: fines from 10 business days past the cure period
                new Case(none, false, "0", 10, 1, false, NextStep.FINES, "Rule_finesWithoutRestitution", BOSTON),
                new Case(none, false, "0", 25, 3, true, NextStep.FINES, "Rule_finesWithoutRestitution", BOSTON),
                // 6. ... and not at 9
                new Case(none, false, "0", 9, 1, false, NextStep.WAIT, "Rule_waitForCure", "may still cure"),
                new Case(none, false, "0", 0, 2, true, NextStep.WAIT, "Rule_waitForCure", "may still cure"),
                // 7. withholding has not cured: fines from 10 business days past the cure period
                new Case(withholding, false, "800.00", 10, 2, false, NextStep.FINES, "Rule_finesAfterWithholding", BOSTON),
                new Case(withholding, false, "0", 10, 1, false, NextStep.FINES, "Rule_finesAfterWithholding", BOSTON),
                new Case(withholding, true, "800.00", 14, 1, false, NextStep.FINES, "Rule_finesAfterWithholding", BOSTON),
                // 8. every violation corrected, back wages still owed: the withheld funds pay them, no fines
                new Case(withholding, false, "800.00", 10, 0, false, NextStep.WAIT, "Rule_withheldFundsPayWorkers", WITHHOLDING_CLAUSE),
                new Case(withholding, false, "800.00", 40, 0, true, NextStep.WAIT, "Rule_withheldFundsPayWorkers", WITHHOLDING_CLAUSE),
                // 9. withholding, 9 business days past the cure period: wait
                new Case(withholding, false, "800.00", 9, 2, false, NextStep.WAIT, "Rule_keepWithholding", WITHHOLDING_CFR),
                new Case(withholding, false, "800.00", 0, 1, true, NextStep.WAIT, "Rule_keepWithholding", WITHHOLDING_CFR),
                // 10. fines have not cured a repeat offender: referral without a further grace period
                new Case(fines, false, "0", 10, 1, true, NextStep.DEBARMENT_REFERRAL, "Rule_repeatOffenderReferral", DEBARMENT_CFR),
                new Case(fines, false, "500.00", 19, 2, true, NextStep.DEBARMENT_REFERRAL, "Rule_repeatOffenderReferral", DEBARMENT_CFR),
                // 11. fines have not cured: referral from 20 business days past the cure period, also for unpaid back wages
                new Case(fines, false, "500.00", 20, 2, false, NextStep.DEBARMENT_REFERRAL, "Rule_referralAfterFines", DEBARMENT_CFR),
                new Case(fines, false, "500.00", 20, 0, false, NextStep.DEBARMENT_REFERRAL, "Rule_referralAfterFines", DEBARMENT_CFR),
                // 12. ... and not at 19: fines accrue
                new Case(fines, false, "500.00", 19, 2, false, NextStep.WAIT, "Rule_finesAccrue", BOSTON),
                new Case(fines, false, "0", 10, 1, false, NextStep.WAIT, "Rule_finesAccrue", BOSTON));
    }

    @BeforeAll
    static void parseTheTable() throws IOException {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> {
            MATCHED.clear();
            event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(MATCHED::add);
        }));
        engine = configuration.buildEngine();
        try (InputStream in = EscalationLadderTest.class.getResourceAsStream(TABLE)) {
            decision = engine.parseDecision(DmnEscalationLadder.DECISION_KEY, in);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theDeployedLadderAdvisesEachCase(Case c) {
        EscalationAdvice advice = ladder.advise(c.input());

        assertThat(advice.nextStep()).isEqualTo(c.next());
        assertThat(advice.rationale()).contains(c.cites());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseIsDecidedByTheRuleMeantForIt(Case c) {
        DmnDecisionResultEntries row = evaluate(c.input());

        assertThat(MATCHED).containsExactly(c.rule());
        assertThat((String) row.getEntry("nextStep")).isEqualTo(c.next().name());
    }

    @Test
    void everyRuleDecidesSomeCaseAndTheHitPolicyIsFirst() throws IOException {
        DecisionTable table;
        try (InputStream in = getClass().getResourceAsStream(TABLE)) {
            table = Dmn.readModelFromStream(in).getModelElementsByType(DecisionTable.class).iterator().next();
        }
        List<String> rules = table.getRules().stream().map(Rule::getId).toList();
        Set<String> covered = cases().map(Case::rule).collect(Collectors.toSet());

        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(rules).hasSize(13).containsExactlyInAnyOrderElementsOf(covered);
        assertThat(table.getRules()).allSatisfy(rule -> assertThat(rule.getDescription()).as(rule.getId()).isNotNull());
    }

    /** Over a grid of every step and the values around each threshold: an advice always, and never a step down. */
    @Test
    void everyInputGetsAnAdviceAndTheLadderNeverStepsDown() {
        int evaluated = 0;
        for (EscalationStep step : EscalationStep.values()) {
            for (boolean cured : new boolean[] {false, true}) {
                for (String outstanding : List.of("0", "0.01", "500")) {
                    for (int days : new int[] {0, 1, 9, 10, 11, 19, 20, 21, 60}) {
                        for (int violations : new int[] {0, 1, 2, 40}) {
                            for (boolean repeat : new boolean[] {false, true}) {
                              for (int missing : new int[] {0, 1}) {
                                EscalationInput in = new EscalationInput(step, cured, new BigDecimal(outstanding), days,
                                        violations, repeat, missing);
                                DmnDecisionResultEntries row = evaluate(in);
                                assertThat(row).as(in.toString()).isNotNull();
                                NextStep next = NextStep.valueOf(row.getEntry("nextStep"));
                                assertThat((String) row.getEntry("rationale")).as(in.toString()).isNotBlank();
                                next.step().ifPresent(to -> assertThat(to).as(in.toString()).isGreaterThan(step));
                                if (step == EscalationStep.DEBARMENT_REFERRAL) {
                                    assertThat(next).as(in.toString()).isEqualTo(NextStep.WAIT);
                                }
                                evaluated++;
                              }
                            }
                        }
                    }
                }
            }
        }
        assertThat(evaluated).isEqualTo(4 * 2 * 3 * 9 * 4 * 2 * 2);
    }

    @Test
    void theDecisionIsDeployedWithAHistoryTimeToLive() {
        DecisionDefinition deployed = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(DmnEscalationLadder.DECISION_KEY).latestVersion().singleResult();

        assertThat(deployed).isNotNull();
        assertThat(deployed.getResourceName()).endsWith("escalation-ladder.dmn");
        assertThat(deployed.getHistoryTimeToLive()).isEqualTo(1825);
    }

    @Test
    void inputsThatCannotBeTrueAreRefusedBeforeTheTable() {
        assertThatThrownBy(() -> new EscalationInput(null, false, BigDecimal.ZERO, 0, 0, false))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EscalationInput(EscalationStep.NONE, false, null, 0, 0, false))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EscalationInput(EscalationStep.NONE, false, new BigDecimal("-0.01"), 0, 0, false))
                .hasMessageContaining("outstandingRestitution");
        assertThatThrownBy(() -> new EscalationInput(EscalationStep.NONE, false, BigDecimal.ZERO, -1, 0, false))
                .hasMessageContaining("businessDaysPastCure");
        assertThatThrownBy(() -> new EscalationInput(EscalationStep.NONE, false, BigDecimal.ZERO, 0, -1, false))
                .hasMessageContaining("violationCount");
        assertThatThrownBy(() -> new EscalationInput(EscalationStep.NONE, false, BigDecimal.ZERO, 0, 1, false, -1))
                .hasMessageContaining("missingPayrolls");
        assertThatThrownBy(() -> new EscalationAdvice(NextStep.WAIT, " ")).hasMessageContaining("rationale");
    }

    @Test
    void anAdviceNamesTheStepACaseMovesTo() {
        assertThat(Arrays.stream(NextStep.values()).filter(n -> n.step().isPresent()))
                .allSatisfy(n -> assertThat(n.step().orElseThrow().name()).isEqualTo(n.name()));
        assertThat(NextStep.WAIT.step()).isEmpty();
        assertThat(NextStep.CLOSE.step()).isEmpty();
    }

    private static DmnDecisionResultEntries evaluate(EscalationInput in) {
        VariableMap variables = Variables.createVariables().putValue("currentStep", in.currentStep().name())
                .putValue("cured", in.cured()).putValue("outstandingRestitution", in.outstandingRestitution().doubleValue())
                .putValue("businessDaysPastCure", in.businessDaysPastCure()).putValue("violationCount", in.violationCount())
                .putValue("repeatOffender", in.repeatOffender()).putValue("missingPayrolls", in.missingPayrolls());
        MATCHED.clear();
        return engine.evaluateDecision(decision, variables).getSingleResult();
    }
}
