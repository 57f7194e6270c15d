package org.highroad.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import org.highroad.enforcement.domain.CaseStep.Kind;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.enforcement.escalation.EscalationAdvice;
import org.highroad.enforcement.escalation.EscalationAdvice.NextStep;
import org.highroad.enforcement.escalation.EscalationLadder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation ladder's advice when the cure period (or the last check) ends uncured, recorded as a step of the
 * case. A WAIT moves the next check on; CLOSE closes the case ({@link CloseByRule#offLadder}); a step up the ladder
 * goes to an auditor ({@link DecideEscalation}).
 */
@Service
public class AdviseEscalation {

    /** Who advises: the policy table staff edit. */
    static final String LADDER = "escalation-ladder.dmn";

    private final ComplianceCaseRepository cases;
    private final EscalationFacts facts;
    private final EscalationLadder ladder;
    private final CaseSteps steps;
    private final EscalationChecks checks;
    private final Clock clock;

    AdviseEscalation(ComplianceCaseRepository cases, EscalationFacts facts, EscalationLadder ladder, CaseSteps steps,
            EscalationChecks checks, Clock clock) {
        this.cases = cases;
        this.facts = facts;
        this.ladder = ladder;
        this.steps = steps;
        this.checks = checks;
        this.clock = clock;
    }

    @Transactional
    public EscalationAdvice advise(long caseId) {
        ComplianceCase c = cases.require(caseId);
        LocalDate today = LocalDate.now(clock);
        EscalationAdvice advice = ladder.advise(facts.input(c, today));
        steps.record(caseId, Kind.ADVICE, advice.nextStep().name(), null, advice.rationale(), null, LADDER);
        if (advice.nextStep() == NextStep.WAIT) {
            checks.scheduleNext(c, today);
        }
        return advice;
    }
}
