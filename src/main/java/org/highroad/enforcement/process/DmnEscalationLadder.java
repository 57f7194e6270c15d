package org.highroad.enforcement.process;

import org.highroad.enforcement.escalation.EscalationAdvice;
import org.highroad.enforcement.escalation.EscalationAdvice.NextStep;
import org.highroad.enforcement.escalation.EscalationInput;
import org.highroad.enforcement.escalation.EscalationLadder;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;
import org.operaton.bpm.engine.DecisionService;
import org.operaton.bpm.engine.variable.VariableMap;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The escalation ladder as policy staff edit it ({@code bpmn/enforcement/escalation-ladder.dmn}): evaluates the latest
 * deployed version of decision {@value #DECISION_KEY} (hit policy FIRST, so at most one rule answers).
 */
@Component
public class DmnEscalationLadder implements EscalationLadder {

    public static final String DECISION_KEY = "escalationLadder";

    private final DecisionService decisions;

    DmnEscalationLadder(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public EscalationAdvice advise(EscalationInput in) {
        VariableMap variables = Variables.createVariables()
                .putValue("currentStep", in.currentStep().name())
                .putValue("cured", in.cured())
                .putValue("outstandingRestitution", in.outstandingRestitution().doubleValue())
                .putValue("businessDaysPastCure", in.businessDaysPastCure())
                .putValue("violationCount", in.violationCount())
                .putValue("repeatOffender", in.repeatOffender())
                .putValue("missingPayrolls", in.missingPayrolls());
        DmnDecisionResultEntries row = decisions.evaluateDecisionByKey(DECISION_KEY).variables(variables).evaluate()
                .getSingleResult();
        if (row == null) {
            throw new IllegalStateException("decision " + DECISION_KEY + " has no rule for " + in);
        }
        String next = row.getEntry("nextStep");
        String rationale = row.getEntry("rationale");
        try {
            return new EscalationAdvice(NextStep.valueOf(next), rationale);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("decision " + DECISION_KEY + " answered nextStep " + next + " with rationale "
                    + rationale + " for " + in, e);
        }
    }
}
