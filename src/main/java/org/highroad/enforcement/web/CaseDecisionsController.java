package org.highroad.enforcement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.highroad.enforcement.Answers;
import org.highroad.enforcement.CaseView;
import org.highroad.enforcement.ComplianceCases;
import org.highroad.enforcement.PaymentRulings;
import org.highroad.enforcement.DecideEscalation;
import org.highroad.enforcement.RecordVerification;
import org.highroad.enforcement.ReferForDebarment;
import org.highroad.enforcement.ReviseFinding;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.validation.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decisions on a compliance case through the API: each completes the same task a person completes in Tasklist, and
 * is refused for the same reasons. Auditors review findings, verify corrections and decide escalation steps; an
 * administrator decides debarment referrals. Each answers with the case as the caller reads it.
 */
@RestController
class CaseDecisionsController {

    private static final String AUDITOR = "hasRole('AUDITOR')";

    private final ComplianceCases cases;
    private final ComplianceCaseProcess process;
    private final RecordVerification verification;
    private final DecideEscalation escalation;
    private final ReferForDebarment referral;
    private final ReviseFinding revisions;
    private final PaymentRulings rulings;

    CaseDecisionsController(ComplianceCases cases, ComplianceCaseProcess process, RecordVerification verification,
            DecideEscalation escalation, ReferForDebarment referral, ReviseFinding revisions, PaymentRulings rulings) {
        this.rulings = rulings;
        this.revisions = revisions;
        this.cases = cases;
        this.process = process;
        this.verification = verification;
        this.escalation = escalation;
        this.referral = referral;
    }

    /** An auditor confirms a finding or dismisses it with a reason (the Tasklist task, through the API). */
    @PostMapping("/api/cases/{id}/findings/{findingId}/review")
    @PreAuthorize(AUDITOR)
    CaseView review(@PathVariable long id, @PathVariable long findingId, @Valid @RequestBody Review body,
            @AuthenticationPrincipal HighroadUser user) {
        process.review(id, findingId, user, body.decision(), body.reason());
        return cases.get(id, user);
    }

    /** CONFIRM or DISMISS; a dismissal needs its reason. */
    record Review(@NotBlank @Pattern(regexp = "CONFIRM|DISMISS", message = "must be CONFIRM or DISMISS") String decision,
            @Size(max = 2000) String reason) {
    }

    /**
     * An auditor revises what a confirmed finding owes, with the reason (ADR 0030, addendum): the ledger appends the
     * revision and the worker's restitution changes by the difference. 422 naming the field for a wrong amount or
     * reason; 409 for a finding not confirmed, a closed case, or the amount it owes already.
     */
    @PostMapping("/api/cases/{id}/findings/{findingId}/revision")
    @PreAuthorize(AUDITOR)
    CaseView revise(@PathVariable long id, @PathVariable long findingId, @RequestBody Revision body,
            @AuthenticationPrincipal HighroadUser user) {
        cases.visible(id, user);
        revisions.revise(id, findingId, body.amount(), body.reason(), user);
        return cases.get(id, user);
    }

    /** The amount the finding owes from now on (dollars and cents, $0.00 or more) and why. */
    record Revision(java.math.BigDecimal amount, String reason) {
    }

    /** A decision on a case's open task; which values {@code decision} takes depends on the task. */
    record Decision(@NotBlank @Size(max = 20) String decision, @Size(max = 2000) String reason) {

        /** The decision, if it is one of those the task takes; otherwise 422 naming the field. */
        <E extends Enum<E>> E oneOf(Class<E> decisions) {
            return Answers.parse(decisions, decision)
                    .orElseThrow(() -> new InvalidInputException("decision", "must be " + Answers.choices(decisions)));
        }
    }

    /**
     * The auditor verifies the contractor's correction: CURED (closes the case) or NOT_CURED, and rules on each payment
     * it takes in: every one accepted but those in {@code refusals}, each with the reason the contractor reads
     * ({@link PaymentRulings}). A refusal naming a payment this verification does not take in is a 422 at
     * {@code refusals[i].payment}; a payment ruled on already, a 409.
     */
    @PostMapping("/api/cases/{id}/verification")
    @PreAuthorize(AUDITOR)
    CaseView verify(@PathVariable long id, @Valid @RequestBody Verification body, @AuthenticationPrincipal HighroadUser user) {
        Decision decision = new Decision(body.decision(), body.reason());
        RecordVerification.Decision chosen = decision.oneOf(RecordVerification.Decision.class);
        List<PaymentRefusal> sent = body.refusals() == null ? List.of() : body.refusals();
        // a refusal names the payment it refuses: without its number there is nothing to rule on (ADR 0037)
        List<org.highroad.platform.validation.Violation> unnamed = new java.util.ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i) == null || sent.get(i).payment() == null) {
                unnamed.add(new org.highroad.platform.validation.Violation("refusals[" + i + "].payment",
                        "name the payment refused (its number)"));
            }
        }
        if (!unnamed.isEmpty()) {
            throw new InvalidInputException(unnamed);
        }
        List<PaymentRulings.Refusal> refusals = sent.stream().map(r -> new PaymentRulings.Refusal(r.payment(), r.reason()))
                .toList();
        process.decide(id, ComplianceCaseProcess.TASK_VERIFY, user, chosen.name(), body.reason(),
                RecordVerification.reasonRefusal(body.decision(), body.reason()), () -> {
                    rulings.check(id, process.responsesThroughOfOpenVerification(id), refusals);
                    return verification.refusal(id, user.has(Role.AUDITOR), body.decision(), body.reason(), refusals);
                }, refusals.isEmpty() ? Map.of() : Map.of(ComplianceCaseProcess.ANSWER_REFUSED_PAYMENTS,
                        PaymentRulings.answer(refusals)));
        return cases.get(id, user);
    }

    /** A verification: the decision, its reason, and the payments refused (none: every payment accepted). */
    record Verification(@NotBlank @Size(max = 20) String decision, @Size(max = 2000) String reason,
            @Size(max = 200) List<@Valid PaymentRefusal> refusals) {
    }

    /**
     * A payment refused: its number (the ledger entry's id) and why, for the contractor to read (at most 500
     * characters, V87's column: said as {@link PaymentRulings#check} says it).
     */
    record PaymentRefusal(Long payment, @Size(max = 500, message = "at most 500 characters") String reason) {
    }

    /** The auditor applies or holds the escalation ladder's recommended step. */
    @PostMapping("/api/cases/{id}/escalation")
    @PreAuthorize(AUDITOR)
    CaseView escalate(@PathVariable long id, @Valid @RequestBody Decision body, @AuthenticationPrincipal HighroadUser user) {
        return decide(id, ComplianceCaseProcess.TASK_APPROVE_ESCALATION, user, body, DecideEscalation.Decision.class,
                DecideEscalation.reasonRefusal(body.reason()),
                () -> escalation.refusal(id, user.has(Role.AUDITOR), body.decision(), body.reason()));
    }

    /** An administrator approves or rejects the auditor's debarment referral. */
    @PostMapping("/api/cases/{id}/debarment-referral")
    @PreAuthorize("hasRole('ADMIN')")
    CaseView referral(@PathVariable long id, @Valid @RequestBody Decision body, @AuthenticationPrincipal HighroadUser user) {
        return decide(id, ComplianceCaseProcess.TASK_APPROVE_DEBARMENT, user, body, ReferForDebarment.Decision.class,
                ReferForDebarment.reasonRefusal(body.reason()),
                () -> referral.refusal(id, user.has(Role.ADMIN), body.decision(), body.reason()));
    }

    /**
     * Completes the case's open {@code task} with the decision: an answer the task does not take is a 422 naming
     * {@code decision}; no such step open, a 409 naming the step in words; a reason that does not say enough, a 422 naming
     * {@code reason} (a rule on the body's content, ADR 0024); then the module's refusal, if any, is a 409 (checked again
     * by the task's delegate, as for Tasklist).
     */
    private <E extends Enum<E>> CaseView decide(long id, String task, HighroadUser user, Decision body, Class<E> decisions,
            Optional<String> reasonRefusal, Supplier<Optional<String>> refusal) {
        E decision = body.oneOf(decisions);
        process.decide(id, task, user, decision.name(), body.reason(), reasonRefusal, refusal);
        return cases.get(id, user);
    }
}
