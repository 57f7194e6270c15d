package org.highroad.subsidies;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.highroad.payroll.PayrollEvidence;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.money.Money;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.highroad.subsidies.domain.Agreements;
import org.highroad.subsidies.domain.ClaimRules;
import org.highroad.subsidies.domain.SubsidyLedger;
import org.highroad.subsidies.domain.SubsidyProgram;
import org.highroad.subsidies.domain.SubsidyProgramRepository;
import org.highroad.subsidies.domain.SubsidyRequest;
import org.highroad.subsidies.domain.SubsidyRequestRepository;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardVersionView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the agreement: hires named (a worker reference, never a Social Security number), milestone claims paid from
 * payroll evidence, hires ended, and clawbacks. A verified wage below the approved one or a hire ended early without
 * cause claws back what was paid for that hire; a displacement complaint, everything paid on the request.
 */
@Service
public class SubsidyClaims {

    private static final Pattern FULL_SSN = Pattern.compile("\\d{3}-?\\d{2}-?\\d{4}");
    private static final Pattern WORKER_REF = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final String AUDIT = SubsidyRequests.AUDIT_SUBJECT;
    private static final String COMPLETION = "COMPLETION";

    private final SubsidyRequests requests;
    private final SubsidyRequestRepository repository;
    private final SubsidyProgramRepository programs;
    private final Agreements agreements;
    private final SubsidyLedger ledger;
    private final org.highroad.subsidies.domain.Budgets budgets;
    private final StandardCatalog standards;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    SubsidyClaims(SubsidyRequests requests, SubsidyRequestRepository repository, SubsidyProgramRepository programs,
            Agreements agreements, SubsidyLedger ledger, org.highroad.subsidies.domain.Budgets budgets,
            StandardCatalog standards, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.budgets = budgets;
        this.standards = standards;
        this.events = events;
        this.requests = requests;
        this.repository = repository;
        this.programs = programs;
        this.agreements = agreements;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    /** Names a hire under an accepted agreement: on or after the agreed first day, at most the hires approved. */
    @Transactional
    public List<SubsidyLedger.Hire> nameHire(long id, String workerRef, LocalDate startDate, HighroadUser employer) {
        SubsidyRequest r = agreed(id, employer);
        List<Violation> bad = new ArrayList<>();
        if (workerRef == null || FULL_SSN.matcher(workerRef.trim()).matches()) {
            bad.add(new Violation("workerRef", "must be the employer's worker reference, never a Social Security number"));
        } else if (!WORKER_REF.matcher(workerRef).matches()) {
            bad.add(new Violation("workerRef", "must be 1 to 20 letters, digits or hyphens, as on the payroll's worker_id"));
        }
        if (startDate == null || startDate.isBefore(r.content().startDate())) {
            bad.add(new Violation("startDate", "must be on or after the agreed first day of work, " + r.content().startDate()));
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        List<SubsidyLedger.Hire> named = ledger.hires(id);
        if (named.stream().anyMatch(h -> h.workerRef().equals(workerRef))) {
            throw new ConflictException("worker " + workerRef + " is named already");
        }
        if (named.size() >= r.content().hires()) {
            throw new ConflictException("the agreement is for " + r.content().hires() + " hires, all named");
        }
        // One trainee, one agreement at a time (20 CFR 680.700: an OJT contract reimburses the training of its own
        // participant; the same hours must not be reimbursed under two contracts): a worker who is a started hire of
        // another of the employer's agreements in the program (open-ended, so its dates overlap any new one) is
        // refused. The unique index on the hire's key decides when two are named at the same moment.
        String activeKey = r.programId() + ":" + r.vendorId() + ":" + workerRef;
        java.util.Optional<Long> other = ledger.requestHolding(activeKey);
        if (other.isPresent()) {
            throw new InvalidInputException("workerRef", "worker " + workerRef + " is a started hire of request " + other.get()
                    + " in this program; a trainee is on one agreement at a time: end that hire first");
        }
        try {
            ledger.nameHire(id, workerRef, startDate, employer.userId(), clock.instant(), activeKey);
        } catch (org.springframework.dao.DataIntegrityViolationException namedMeanwhile) {
            throw new InvalidInputException("workerRef", "worker " + workerRef + " was named a moment ago as a started hire "
                    + "of another agreement in this program; a trainee is on one agreement at a time");
        }
        audit.record(AUDIT, id, "HIRE_NAMED", employer.userId(), null, workerRef + " from " + startDate);
        return ledger.hires(id);
    }

    @Transactional(readOnly = true)
    public List<SubsidyLedger.Hire> hires(long id, HighroadUser reader) {
        requests.get(id, reader);
        return ledger.hires(id);
    }

    /** Files a milestone claim: each named hire's pay records checked, the qualifying hours paid, every payment recorded. */
    @Transactional
    public ClaimView file(long id, ClaimFiling filing, HighroadUser employer) {
        SubsidyRequest r = agreed(id, employer);
        if (ledger.claims(id).stream().anyMatch(c -> c.milestone().equals(filing.milestone()))) {
            throw new ConflictException("the " + filing.milestone() + " claim of this request was filed already");
        }
        if (ledger.claims(id).stream().anyMatch(c -> c.milestone().equals(COMPLETION))) {
            throw new ConflictException("the COMPLETION claim of this request was filed: its reimbursement is settled");
        }
        List<PayrollEvidence.Week> weeks = read(filing);
        SubsidyProgram program = programs.findById(r.programId()).orElseThrow();
        LocalDate agreedOn = agreements.acceptedOn(id).orElseThrow();
        List<String> reasons = new ArrayList<>();
        List<ClaimRules.HireResult> results = new ArrayList<>();
        java.util.Map<String, List<PayrollEvidence.Week>> freshWeeks = new java.util.HashMap<>();
        for (SubsidyLedger.Hire hire : ledger.hires(id)) {
            // A week's pay records are reimbursed once per hire: a later claim repeating a week is not paid for it again.
            java.util.Map<LocalDate, String> claimed = ledger.claimedWeeks(id, hire.workerRef());
            List<PayrollEvidence.Week> fresh = new ArrayList<>();
            for (PayrollEvidence.Week week : weeks) {
                if (!claimed.containsKey(week.weekEnding())) {
                    fresh.add(hire.endedOn() == null ? week : untilEnded(week, hire, reasons));
                } else if (week.days().stream().anyMatch(d -> d.workerRef().equals(hire.workerRef()))) {
                    reasons.add(hire.workerRef() + ": week ending " + week.weekEnding() + " was claimed already on the "
                            + claimed.get(week.weekEnding()) + " claim; not reimbursed again");
                }
            }
            freshWeeks.put(hire.workerRef(), fresh);
            ClaimRules.Terms terms = new ClaimRules.Terms(program.terms().sharePercent(), r.content().hourlyWage(),
                    program.terms().minHoursPerWeek(), agreedOn, hire.startDate(),
                    BigDecimal.valueOf(r.content().trainingHours()).subtract(ledger.hoursPaidTo(id, hire.workerRef())),
                    Money.of(r.reimbursementPerHire().subtract(ledger.paidTo(id, hire.workerRef()))));
            ClaimRules.HireResult result = ClaimRules.assess(hire.workerRef(), fresh, terms);
            result.reasons().forEach(reason -> reasons.add(hire.workerRef() + ": " + reason));
            results.add(result);
        }
        BigDecimal total = results.stream().map(h -> h.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0 && results.stream().noneMatch(ClaimRules.HireResult::wageBelowApproved)) {
            // A milestone is claimed once (20 CFR 680.700: reimbursement for training given under the agreement); a
            // filing whose weeks hold no reimbursable hour (all before the agreement's acceptance or a hire's first
            // day, after its end, beyond the training agreed or below the weekly minimum) would use the milestone up
            // for nothing: refused, nothing stored, so the employer files the weeks it meant. A wage below the approved
            // one is kept as filed: it is the evidence of the clawback recorded with it.
            List<Violation> none = new ArrayList<>();
            none.add(new Violation("weeks", "nothing in these weeks is reimbursable; nothing was filed and the "
                    + "milestone is still open: file the weeks worked and paid after the agreement and the hire's first day"));
            reasons.forEach(reason -> none.add(new Violation("weeks", reason)));
            throw new InvalidInputException(none);
        }
        long claimId = ledger.fileClaim(id, filing.milestone(), employer.userId(), clock.instant(), total, String.join("\n", reasons));
        for (ClaimRules.HireResult h : results) {
            for (PayrollEvidence.Week week : freshWeeks.get(h.workerRef())) {
                if (week.days().stream().anyMatch(d -> d.workerRef().equals(h.workerRef()))) {
                    ledger.claimWeek(claimId, id, h.workerRef(), week.weekEnding());
                }
            }
            ledger.pay(claimId, id, new SubsidyLedger.Payment(claimId, h.workerRef(), h.hoursClaimed(), h.hoursPaid(),
                    h.lowestWage() == null ? BigDecimal.ZERO : h.lowestWage(), h.amount().amount()), clock.instant());
            if (h.wageBelowApproved()) {
                // Recorded after this claim's payment, so that it covers everything paid for the hire; recorded once per
                // hire, so that a low wage found again on a later claim does not recover the same payments twice.
                clawBackHire(id, h.workerRef(), "WAGE_BELOW_APPROVED", "pay records of the " + filing.milestone()
                        + " claim show " + Money.formatRate(h.lowestWage(), java.util.Locale.US) + " an hour, below the approved "
                        + Money.formatRate(r.content().hourlyWage(), java.util.Locale.US), HighroadUser.WORKFLOW_ID);
            }
        }
        String released = "";
        if (COMPLETION.equals(filing.milestone())) {
            // The last milestone settles the request: what its payments left of the reservation returns to the budget.
            released = "; " + Money.of(budgets.reduce(id, ledger.paid(id))) + " of the reservation released";
        }
        audit.record(AUDIT, id, "CLAIM_PAID", employer.userId(), null, filing.milestone() + ": " + Money.of(total) + " paid"
                + released);
        return claims(id, employer).stream().filter(c -> c.id() == claimId).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<ClaimView> claims(long id, HighroadUser reader) {
        requests.get(id, reader);
        List<SubsidyLedger.Payment> payments = ledger.payments(id);
        return ledger.claims(id).stream().map(c -> new ClaimView(c.id(), c.milestone(), c.amount(),
                c.reasons() == null || c.reasons().isBlank() ? List.of() : List.of(c.reasons().split("\n")), c.filedAt(),
                payments.stream().filter(p -> p.claimId() == c.id()).map(p -> new ClaimView.PaymentLine(p.workerRef(),
                        p.hoursClaimed(), p.hoursPaid(), p.wagePaid(), p.amount())).toList())).toList();
    }

    /** A hire ends: without cause before the training is complete, what was paid for the hire is clawed back. */
    @Transactional
    public List<SubsidyLedger.Hire> endHire(long id, String workerRef, LocalDate on, boolean withCause, String reason,
            HighroadUser by) {
        requests.get(id, by);
        SubsidyRequest r = repository.findLocked(id).orElseThrow(); // clawbacks of one request are recorded one at a time
        // A hire cannot end before its first day of work: such an end would record an early termination that never
        // happened (and its clawback), and an ended hire cannot be ended again to correct it.
        java.util.Optional<SubsidyLedger.Hire> started = ledger.hires(id).stream()
                .filter(h -> h.workerRef().equals(workerRef) && "STARTED".equals(h.status())).findFirst();
        if (started.isPresent() && on != null && on.isBefore(started.get().startDate())) {
            throw new InvalidInputException("endedOn", "the last day cannot be before the hire's first day of work, "
                    + started.get().startDate());
        }
        // A hire's end is recorded once it happened, never planned ahead: a last day of work after today (a year
        // mistyped, 2099 for 2026) would end the hire for good on a day not come, and cannot be corrected afterwards.
        LocalDate today = LocalDate.now(clock);
        if (on != null && on.isAfter(today)) {
            throw new InvalidInputException("endedOn", "the last day cannot be after today, " + today);
        }
        // Reimbursement is for training completed (20 CFR 680.700(a)): a hire whose agreed training hours are all
        // reimbursed has completed it, and leaving afterwards, with cause or without, ends nothing early.
        boolean trained = ledger.hoursPaidTo(id, workerRef).compareTo(BigDecimal.valueOf(r.content().trainingHours())) >= 0;
        if (!ledger.endHire(id, workerRef, withCause ? "ENDED_WITH_CAUSE" : trained ? "ENDED_AFTER_TRAINING" : "ENDED_EARLY", on, reason)) {
            throw new ConflictException("worker " + workerRef + " is not a started hire of request " + id);
        }
        audit.record(AUDIT, id, "HIRE_ENDED", by.userId(), reason, workerRef + (withCause ? " with cause" : " without cause"));
        if (!withCause && !trained) {
            clawBackHire(id, workerRef, "ENDED_EARLY", "the hire ended on " + on + " before the training was complete, without cause: "
                    + reason, by.userId());
        }
        return ledger.hires(id);
    }

    /** The clawbacks after a displacement complaint, and whether this call recorded it (false: it was recorded already). */
    public record Displacement(boolean recorded, List<SubsidyLedger.Clawback> clawbacks) {
    }

    /**
     * A displacement complaint upheld by workforce staff: everything paid on the request that no earlier clawback of a
     * hire recovers is to be recovered, recorded once; the same complaint posted again, also at the same moment (the
     * request's row is locked, so the second waits for the first), answers with the clawback already recorded. Before
     * any claim is paid on the request there is nothing to recover: refused (422 at {@code detail}), nothing recorded.
     */
    @Transactional
    public Displacement clawBackForDisplacement(long id, String detail, HighroadUser staff) {
        requests.get(id, staff);
        SubsidyRequest r = repository.findLocked(id).orElseThrow();
        // The attestation of no displacement is a term of the training agreement (WIOA sec. 181(b)(2)): a request never
        // agreed has no agreement to breach and nothing paid to recover. Recorded on it, the clawback (recorded once)
        // would stand in for the real one should the request be agreed later: refused, nothing recorded.
        if (r.status() != RequestStatus.AGREED) {
            throw new ConflictException("request " + id + " has no accepted agreement; it is " + r.status());
        }
        // A clawback recovers what was paid under the agreement, as a debt (2 CFR 200.346; the program's terms reimburse
        // training given, 20 CFR 680.700(a), and recover the reimbursement of a hire that displaced a worker, WIOA sec.
        // 181(b)(2)). Before any claim is paid there is no debt: a clawback of $0.00 recorded now (once per request)
        // would stand in for the real one when a claim is paid. Refused at the complaint's field, nothing recorded.
        if (ledger.paid(id).signum() == 0) {
            throw new InvalidInputException("detail", "nothing has been paid on request " + id + ", so a displacement clawback "
                    + "has nothing to recover; nothing was recorded: record it once a claim on the request is paid");
        }
        boolean recorded = recordClawback(r, null, "DISPLACEMENT", detail, staff.userId());
        return new Displacement(recorded, ledger.clawbacks(id));
    }

    @Transactional(readOnly = true)
    public List<SubsidyLedger.Clawback> clawbacks(long id, HighroadUser reader) {
        requests.get(id, reader);
        return ledger.clawbacks(id);
    }

    private void clawBackHire(long id, String workerRef, String ground, String detail, String by) {
        recordClawback(repository.findById(id).orElseThrow(), workerRef, ground, detail, by);
    }

    /**
     * Records a clawback of the hire (or, with no worker, of the whole request) once per ground, for what its payments
     * come to less what earlier clawbacks recover of them ({@link SubsidyLedger#unrecovered}), and announces an amount
     * above zero to recover ({@link SubsidyClawbackFound}), on which the enforcement module opens a case. The caller
     * holds the request's row locked. Returns whether it was recorded now.
     */
    private boolean recordClawback(SubsidyRequest r, String workerRef, String ground, String detail, String by) {
        BigDecimal amount = Money.of(ledger.unrecovered(r.id(), workerRef)).amount();
        // the detail is kept as written (up to its 2,000 characters); nothing left to recover is the status NOTHING_MORE
        Long clawbackId = ledger.clawBack(r.id(), workerRef, ground, amount, detail, by, clock.instant());
        if (clawbackId == null) {
            return false;
        }
        audit.record(AUDIT, r.id(), "CLAWBACK", by, detail, ground + ": " + Money.of(amount) + " to recover"
                + (workerRef == null ? "" : " for " + workerRef) + (amount.signum() > 0 ? ""
                        : " (nothing more: earlier clawbacks recover every payment)"));
        if (amount.signum() > 0) {
            SubsidyProgram program = programs.findById(r.programId()).orElseThrow();
            StandardVersionView standard = standards.version(program.standardCode(), program.standardVersion());
            LocalDate accepted = agreements.acceptedOn(r.id()).orElse(null);
            String agreement = "training agreement of subsidy request " + r.id() + " (version " + r.version() + ", "
                    + r.content().position() + ")" + (accepted == null ? "" : ", accepted on " + accepted);
            events.publishEvent(new SubsidyClawbackFound(clawbackId, r.id(), r.vendorId(), program.id(), program.code(),
                    program.name(), agreement, ground, workerRef, amount, detail, RULES.get(ground),
                    standard.agencyCode(), standard.content().enforcement().curePeriodBusinessDays(), clock.instant()));
        }
        return true;
    }

    /** The rule each ground of a clawback rests on. */
    private static final java.util.Map<String, String> RULES = java.util.Map.of(
            "WAGE_BELOW_APPROVED", "the training agreement's approved wage (20 CFR 680.700(a), 680.720: the reimbursement is "
                    + "a share of the wage the agreement sets); an amount paid beyond entitlement is a debt (2 CFR 200.346)",
            "ENDED_EARLY", "the training agreement: reimbursement is for training completed (20 CFR 680.700(a)); a hire ended "
                    + "early without cause is recovered as a debt (2 CFR 200.346)",
            "DISPLACEMENT", "the attestation of no displacement (WIOA sec. 181(b)(2)): a subsidized hire must not displace a "
                    + "current worker; what was paid is recovered as a debt (2 CFR 200.346)");

    /** The week without the hire's days after the hire ended: no hour after the end of the hire is reimbursed. */
    private static PayrollEvidence.Week untilEnded(PayrollEvidence.Week week, SubsidyLedger.Hire hire, List<String> reasons) {
        List<PayrollEvidence.WorkedDay> kept = new ArrayList<>();
        for (PayrollEvidence.WorkedDay day : week.days()) {
            if (day.workerRef().equals(hire.workerRef()) && day.date().isAfter(hire.endedOn())) {
                reasons.add(hire.workerRef() + ": " + day.hours().stripTrailingZeros().toPlainString() + " hours on " + day.date()
                        + " are after the hire ended on " + hire.endedOn() + "; not reimbursed");
            } else {
                kept.add(day);
            }
        }
        return new PayrollEvidence.Week(week.weekEnding(), kept, week.errors());
    }

    private List<PayrollEvidence.Week> read(ClaimFiling filing) {
        List<Violation> errors = new ArrayList<>();
        List<PayrollEvidence.Week> weeks = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        java.util.Set<LocalDate> given = new java.util.HashSet<>();
        for (int i = 0; i < filing.weeks().size(); i++) {
            ClaimFiling.EvidenceWeek week = filing.weeks().get(i);
            // Pay records are evidence of hours worked: a week not ended yet has none to reimburse.
            if (week.weekEnding().isAfter(today)) {
                errors.add(new Violation("weeks[" + i + "].weekEnding", "the week ending " + week.weekEnding()
                        + " has not ended yet (today is " + today + "); claim it once it is worked and paid"));
                continue;
            }
            if (!given.add(week.weekEnding())) {
                errors.add(new Violation("weeks[" + i + "].weekEnding", "the week ending " + week.weekEnding()
                        + " is given twice; one file a week, with every hire of that week in it"));
                continue;
            }
            PayrollEvidence.Week read = PayrollEvidence.read(new ByteArrayInputStream(week.csv().getBytes(StandardCharsets.UTF_8)),
                    week.weekEnding());
            int index = i;
            read.errors().forEach(e -> errors.add(new Violation("weeks[" + index + "].csv", e)));
            weeks.add(read);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return weeks;
    }

    private SubsidyRequest agreed(long id, HighroadUser employer) {
        requests.get(id, employer);
        SubsidyRequest r = repository.findLocked(id).orElseThrow();
        if (r.status() != RequestStatus.AGREED) {
            throw new ConflictException("request " + id + " has no accepted agreement; it is " + r.status());
        }
        return r;
    }
}
