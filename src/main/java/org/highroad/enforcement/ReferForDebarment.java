package org.highroad.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.highroad.enforcement.domain.CaseStep.Kind;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.Outcome;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.enforcement.escalation.EscalationStep;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.vendors.VendorRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's decision on the auditor's debarment referral: APPROVE records a pending debarment on the vendor
 * for the debarring official (29 CFR 5.12) and closes the case; REJECT returns the case to its checks.
 */
@Service
public class ReferForDebarment {

    private final ComplianceCaseRepository cases;
    private final CaseLedgers ledgers;
    private final VendorRegistry vendors;
    private final CaseSteps steps;
    private final EscalationChecks checks;
    private final AuditTrail audit;
    private final CaseRecords records;
    private final Clock clock;

    ReferForDebarment(ComplianceCaseRepository cases, CaseLedgers ledgers, VendorRegistry vendors, CaseSteps steps,
            EscalationChecks checks, AuditTrail audit, CaseRecords records, Clock clock) {
        this.records = records;
        this.cases = cases;
        this.ledgers = ledgers;
        this.vendors = vendors;
        this.steps = steps;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    /** The administrator's answer on the referral task ({@link Answers}). */
    public enum Decision { APPROVE, REJECT }

    /** Why the decision cannot be recorded, if it cannot; {@code answer} is the task's decision as given. */
    @Transactional(readOnly = true)
    public Optional<String> refusal(long caseId, boolean admin, String answer, String reason) {
        if (!admin) {
            return Optional.of("an administrator approves a debarment referral, after the auditor");
        }
        Optional<Decision> decision = Answers.parse(Decision.class, answer);
        if (decision.isEmpty()) {
            return Optional.of(Answers.notOneOf(Decision.class));
        }
        if (reasonRefusal(reason).isPresent()) {
            return reasonRefusal(reason);
        }
        // approving closes the case: with restitution outstanding or withholding held, only with the closing reason
        return decision.get() == Decision.APPROVE ? ledgers.of(caseId).closeRefusal(reason, vendors::legalName) : Optional.empty();
    }

    /** What the reason itself lacks, if anything (the API answers it 422 at the field {@code reason}). */
    public static Optional<String> reasonRefusal(String reason) {
        return Answers.tooShort(reason) ? Optional.of("a debarment decision is recorded with why: a reason of at least "
                + Answers.MIN_REASON + " characters") : Optional.empty();
    }

    /** Records the decision (after {@link #refusal}); returns whether the referral was approved. */
    @Transactional
    public boolean record(long caseId, Decision decision, String reason, String admin) {
        ComplianceCase c = cases.require(caseId);
        boolean approve = decision == Decision.APPROVE;
        steps.record(caseId, Kind.DEBARMENT_REFERRAL, approve ? "APPROVED" : "REJECTED", null, null, reason, admin);
        if (approve) {
            vendors.referForDebarment(c.vendorId(), caseId, reason.strip(), admin);
            c.stepTo(EscalationStep.DEBARMENT_REFERRAL);
            // a case closed by a referral cured nothing: its confirmed findings stay confirmed
            c.close(Outcome.REFERRED_FOR_DEBARMENT, reason.strip(), clock.instant());
            audit.record(ComplianceCases.SUBJECT, caseId, "REFERRED FOR DEBARMENT", admin, reason, "vendor " + c.vendorId());
            records.report(c, admin); // the referral and what it leaves unpaid go on the vendor's record
        } else {
            checks.scheduleNext(c, LocalDate.now(clock));
        }
        return approve;
    }
}
