package org.highroad.enforcement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.highroad.enforcement.domain.CaseResponse;
import org.highroad.enforcement.domain.CaseResponseRepository;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.payroll.PayrollResults;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.IdempotencyKey;
import org.highroad.platform.validation.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contractor's responses to a case: a corrective action plan, a correction payroll already
 * submitted through the payroll intake, or proof of restitution payment per worker (which goes into the ledger as
 * paid, with its evidence). The contractor of the case and the liable prime may respond; agency staff read them.
 */
@Service
public class CaseResponses {

    private final ComplianceCaseRepository cases;
    private final CaseResponseRepository responses;
    private final CaseLedgers ledgers;
    private final PayrollResults payroll;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CaseRecords records;
    private final Clock clock;
    private final org.highroad.enforcement.domain.CaseStepRepository steps;
    private final org.highroad.vendors.VendorRegistry vendors;

    CaseResponses(ComplianceCaseRepository cases, CaseResponseRepository responses, CaseLedgers ledgers, PayrollResults payroll,
            AuditTrail audit, ApplicationEventPublisher events, CaseRecords records, Clock clock,
            org.highroad.enforcement.domain.CaseStepRepository steps, org.highroad.vendors.VendorRegistry vendors) {
        this.vendors = vendors;
        this.steps = steps;
        this.records = records;
        this.cases = cases;
        this.responses = responses;
        this.ledgers = ledgers;
        this.payroll = payroll;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Body of {@code POST /api/cases/{id}/responses}; which fields are needed depends on {@code kind}. */
    public record Request(@NotNull(message = "must be CORRECTIVE_ACTION_PLAN, CORRECTION_PAYROLL or RESTITUTION_PAYMENT")
            CaseResponse.Kind kind, @Size(max = 4000, message = "must be at most 4,000 characters") String text,
            Long submissionId, @Size(max = 500, message = "must list at most 500 payments")
            List<@NotNull(message = "must be a payment line") @Valid PaymentLine> payments) {
    }

    /**
     * A payment to one worker: the worker reference as on the payroll, the amount, the day and the evidence. Each limit
     * is said in the house's words (the contractor reads them on its case page): the amount fits the ledger's column,
     * numeric(14, 2), with room to spare at ten digits of dollars, in whole cents.
     */
    public record PaymentLine(@NotBlank(message = "name the worker paid, as on the payroll")
            @Size(max = 100, message = "must be at most 100 characters") String workerRef,
            @NotNull(message = "enter the amount paid") @Positive(message = "must be more than $0.00")
            @DecimalMax(value = "9999999999.99", message = "must be at most $9,999,999,999.99")
            @Digits(integer = Integer.MAX_VALUE, fraction = 2, message = "must be in whole cents (at most 2 decimals)")
            BigDecimal amount, @NotNull(message = "enter the day it was paid") LocalDate paidOn,
            @NotBlank(message = "say how it was paid (a check number or transfer reference)")
            @Size(max = 2000, message = "must be at most 2,000 characters") String evidence) {
    }

    /** A response as read back. */
    /**
     * A response as read back; {@code verification} is what the auditor's verification that took it in decided (CURED:
     * accepted; NOT_CURED: not accepted as curing the case), null until one did.
     */
    public record ResponseView(long id, String kind, String text, Long submissionId, long vendorId, String submittedBy,
            Instant submittedAt, String verification) {
    }

    /** The contractor responded: the case's process lets an auditor verify. */
    public record CaseResponded(long caseId, long responseId) {
    }

    @Transactional
    public ResponseView respond(long caseId, Request request, HighroadUser caller) {
        return respond(caseId, request, caller, Optional.empty());
    }

    /**
     * As {@link #respond(long, Request, HighroadUser)}; with the client's Idempotency-Key, the same request sent again
     * with it (its answer was lost) answers the response first recorded and records nothing (a payment is not paid
     * twice in the ledger), and another request with it is refused (422). Responses to one case are taken one at a
     * time (the case's row lock), so a key sent twice at once is also recorded once.
     */
    @Transactional
    public ResponseView respond(long caseId, Request request, HighroadUser caller, Optional<IdempotencyKey> key) {
        // locked, like the case's return to its wait (AwaitCure.arrivals): either that sees this response, or this
        // response's message finds the case waiting
        ComplianceCase c = cases.lockById(caseId).filter(x -> x.concerns(caller.vendorId()))
                .orElseThrow(() -> new NotFoundException("no compliance case " + caseId));
        String requestSha256 = sha256(request.toString());
        if (key.isPresent()) {
            Optional<CaseResponse> earlier = responses.findByCaseIdAndIdempotencyKey(caseId, key.get().hash());
            if (earlier.isPresent()) {
                if (!earlier.get().sameRequest(requestSha256)) {
                    throw new IdempotencyKey.Reused("response");
                }
                return view(earlier.get());
            }
        }
        // restitution still owed after the close (a referral, a close with its reason) can be paid, and resolves the
        // vendor's record; nothing else is answered on a closed case
        boolean open = c.status() == ComplianceCase.Status.OPEN;
        if (!open && (request.kind() != CaseResponse.Kind.RESTITUTION_PAYMENT
                || ledgers.stillOwed(caseId).signum() == 0)) {
            throw new ConflictException("case " + caseId + " is closed");
        }
        switch (request.kind()) {
            case CORRECTIVE_ACTION_PLAN -> {
                if (request.text() == null || request.text().isBlank()) {
                    throw new InvalidInputException("text", "a corrective action plan needs its text");
                }
            }
            case CORRECTION_PAYROLL -> {
                if (c.aboutSubsidy()) {
                    throw new InvalidInputException("kind", "a subsidy case has no payroll to correct: repay the program "
                            + "(RESTITUTION_PAYMENT, the program's code as workerRef) or send a corrective action plan");
                }
                if (request.submissionId() == null) {
                    throw new InvalidInputException("submissionId", "name the correction payroll you submitted");
                }
                if (!payroll.isSubmissionOf(request.submissionId(), c.contractId(), c.vendorId())) {
                    // the contractor by its name, as its notice names it; the payroll by the number its calendar shows
                    throw new InvalidInputException("submissionId", "payroll " + request.submissionId()
                            + " is not one of " + vendors.legalName(c.vendorId()) + "'s payrolls on this case's contract");
                }
                // a correction answers the case's findings: filed for one of their weeks, after they were found
                if (!payroll.correctsAnyOf(request.submissionId(), c.contractId(), c.vendorId(),
                        c.findings().stream().map(ComplianceCase.CaseFinding::findingId).toList())) {
                    throw new InvalidInputException("submissionId", "payroll " + request.submissionId()
                            + " corrects no finding of this case: name a payroll filed for the week of one of its findings "
                            + "after that finding");
                }
            }
            case RESTITUTION_PAYMENT -> {
                if (request.payments() == null || request.payments().isEmpty()) {
                    throw new InvalidInputException("payments", "proof of payment lists at least one payment");
                }
            }
        }
        CaseResponse saved = responses.saveAndFlush(new CaseResponse(caseId, request.kind(), blankToNull(request.text()),
                request.submissionId(), caller.vendorId(), caller.userId(),
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS)) // as stored, so an answer sent again says the same
                .keyed(key.map(IdempotencyKey::hash).orElse(null), requestSha256));
        if (request.kind() == CaseResponse.Kind.RESTITUTION_PAYMENT) {
            ledgers.recordPayments(c, request.payments().stream().map(p -> new CaseLedgers.Payment(p.workerRef().strip(),
                    p.amount(), p.paidOn(), p.evidence().strip())).toList(), saved.id(), caller.userId());
        }
        audit.record(ComplianceCases.SUBJECT, caseId, "CONTRACTOR RESPONDED", caller.userId(), null,
                request.kind() + " (response " + saved.id() + ")");
        if (request.kind() == CaseResponse.Kind.RESTITUTION_PAYMENT) {
            records.report(c, caller.userId()); // paid in full resolves the vendor's entry, with the payment's date
        }
        if (open) {
            events.publishEvent(new CaseResponded(caseId, saved.id()));
        }
        return view(saved);
    }

    /**
     * A verification took in the responses up to {@code throughResponseId} (those its task was created with); one that
     * came while the task was open is verified next, when the case returns to its wait ({@link AwaitCure#arrivals}).
     */
    void verifiedThrough(long caseId, Long throughResponseId) {
        responses.findByCaseIdAndVerifiedAtIsNull(caseId).stream()
                .filter(r -> throughResponseId != null && r.id() <= throughResponseId).forEach(r -> r.verified(clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<ResponseView> list(long caseId) {
        // a verification is recorded (its step) and then marks the responses it took in, in one transaction: a
        // response's verdict is the last verification decided at or before it was marked
        List<org.highroad.enforcement.domain.CaseStep> verifications = steps.findByCaseIdOrderById(caseId).stream()
                .filter(s -> org.highroad.enforcement.domain.CaseStep.Kind.VERIFICATION.name().equals(s.step())).toList();
        return responses.findByCaseIdOrderById(caseId).stream().map(r -> {
            return view(r, PaymentVerdicts.verdict(verifications, r));
        }).toList();
    }

    private static ResponseView view(CaseResponse r) {
        return view(r, null);
    }

    private static ResponseView view(CaseResponse r, String verification) {
        return new ResponseView(r.id(), r.kind().name(), r.text(), r.submissionId(), r.vendorId(), r.submittedBy(),
                r.submittedAt(), verification);
    }

    /** The request as read (its record's text: kind, text, payroll and every payment line), hashed. */
    private static String sha256(String request) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
