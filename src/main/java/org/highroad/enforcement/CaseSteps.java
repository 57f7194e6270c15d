package org.highroad.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.highroad.enforcement.domain.CaseStep;
import org.highroad.enforcement.domain.CaseStepRepository;
import org.highroad.platform.security.HighroadUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps a case took, each with who, when and why ({@link CaseStep}): recorded by the use cases that move the case,
 * listed for whoever may read the case.
 */
@Service
public class CaseSteps {

    private final CaseStepRepository steps;
    private final Clock clock;

    CaseSteps(CaseStepRepository steps, Clock clock) {
        this.steps = steps;
        this.clock = clock;
    }

    /** A step as listed on the case. */
    public record StepView(String step, String decision, BigDecimal amount, String rationale, String reason, String decidedBy,
            Instant decidedAt) {
    }

    /** Every step of the case, as {@code reader} may read it: a contractor without the agency's notes ({@link AgencyNotes}). */
    @Transactional(readOnly = true)
    public List<StepView> list(long caseId, HighroadUser reader) {
        return steps.findByCaseIdOrderById(caseId).stream().map(s -> AgencyNotes.stepFor(new StepView(s.step(), s.decision(),
                s.amount(), s.rationale(), s.reason(), s.decidedBy(), s.decidedAt()), reader)).toList();
    }

    /**
     * Records a step now: {@code rationale} is what the rules say (the ladder's, the workflow's), {@code reason} what a
     * person wrote (blank is none).
     */
    Long record(long caseId, CaseStep.Kind step, String decision, BigDecimal amount, String rationale, String reason,
            String by) {
        return steps.save(new CaseStep(caseId, step, decision, amount, rationale, reason == null || reason.isBlank() ? null
                : reason.strip(), by, clock.instant())).id();
    }
}
