package org.highroad.procurement.process;

import java.math.BigDecimal;
import org.highroad.standards.scoring.TierTable;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;
import org.operaton.bpm.engine.DecisionService;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Point tiers from the DMN decision tables policy staff edit (e.g. {@code bpmn/procurement/schedule-notice-tiers.dmn}):
 * input {@code value}, outputs {@code share} (0 to 1) and {@code label}. Exactly one rule must match.
 */
@Component
public class DmnTierTable implements TierTable {

    private final DecisionService decisions;

    DmnTierTable(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public Tier tierFor(String decisionRef, BigDecimal value) {
        DmnDecisionResultEntries row = decisions.evaluateDecisionByKey(decisionRef)
                .variables(Variables.createVariables().putValue("value", value.doubleValue()))
                .evaluate().getSingleResult();
        if (row == null) {
            throw new IllegalStateException("decision " + decisionRef + " has no tier for " + value.toPlainString());
        }
        Object share = row.getEntry("share");
        return new Tier(new BigDecimal(share.toString()), String.valueOf((Object) row.getEntry("label")));
    }
}
