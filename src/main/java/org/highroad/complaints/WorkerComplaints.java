package org.highroad.complaints;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.highroad.complaints.domain.ComplaintForm;
import org.highroad.complaints.domain.ComplaintSubmission;
import org.highroad.complaints.domain.ComplaintWeeks;
import org.highroad.complaints.domain.ReceiptNumbers;
import org.highroad.complaints.domain.SubmissionStore;
import org.highroad.complaints.domain.WorkerComplaint;
import org.highroad.complaints.domain.WorkerComplaint.Comparison;
import org.highroad.complaints.domain.WorkerComplaint.Status;
import org.highroad.complaints.domain.WorkerComplaint.VisitOutcome;
import org.highroad.complaints.domain.WorkerComplaintRepository;
import org.highroad.payroll.WorkerClaims;
import org.highroad.payroll.WorkerClaims.ClaimCheck;
import org.highroad.payroll.WorkerClaims.ClaimedWeek;
import org.highroad.payroll.WorkerClaims.SiteViolation;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.SortFields;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.validation.IdempotencyKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Worker complaints: taken from anyone without a login, triaged by an auditor to a contract,
 * contractor, payroll worker and week, compared with the certified payroll (29 CFR 5.6: the agency investigates
 * complaints), ending in a payroll finding or a site visit. Only auditors and administrators read complaints; the
 * complainant's identity never reaches a contractor (29 CFR 5.6(a)(5)), and the audit trail of intake records no
 * identity and no address.
 */
@Service
public class WorkerComplaints {

    static final String SUBJECT = "worker-complaint";
    private static final String PUBLIC = "public";
    private final WorkerComplaintRepository complaints;
    private final SubmissionStore submissions;
    private final TriageRules rules;
    private final WorkerClaims claims;
    private final ClaimPrices prices;
    private final ComplaintWeeks weeks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkerComplaints(WorkerComplaintRepository complaints, SubmissionStore submissions, TriageRules rules,
            WorkerClaims claims, ClaimPrices prices, ComplaintWeeks weeks, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.prices = prices;
        this.weeks = weeks;
        this.complaints = complaints;
        this.submissions = submissions;
        this.rules = rules;
        this.claims = claims;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Receipt numbers as {@code domain.ReceiptNumbers} writes them; read in upper case, spaces around dropped. */
    private static final java.util.regex.Pattern RECEIPT = java.util.regex.Pattern.compile("WC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    /**
     * Where the complaint with this receipt stands, for whoever holds the receipt (the worker, without a login): its
     * stage only, never what it says, whom it names or who filed it (29 CFR 5.6(a)(5)); empty when no complaint has
     * it. A receipt not written as one is refused naming the field.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<ComplaintStage> stageOf(String receipt) {
        String asked = receipt == null ? "" : receipt.strip().toUpperCase(java.util.Locale.ROOT);
        if (!RECEIPT.matcher(asked).matches()) {
            throw new org.highroad.platform.validation.InvalidInputException("receipt",
                    "write the receipt number as it was given, such as WC-7K3M-9QXD");
        }
        return complaints.findByReceipt(asked).map(c -> ComplaintStage.of(c.status()));
    }

    /**
     * Takes a complaint as sent: the bytes are stored first, then parsed and checked; a refused complaint (400 or 422 naming
     * every field) rolls back with its bytes, so nothing half-written stays. The triage process starts in the same
     * transaction.
     */
    @Transactional
    public Receipt receive(byte[] body) {
        return receive(body, Optional.empty());
    }

    /**
     * As {@link #receive(byte[])}; with the client's Idempotency-Key, the same bytes sent again with it (an answer that
     * was lost) get the first receipt and change nothing, and other bytes with it are refused (422). Two requests with
     * one key at the same moment: the key's unique index lets one through, the other is refused (409).
     */
    @Transactional
    public Receipt receive(byte[] body, Optional<IdempotencyKey> key) {
        if (key.isPresent()) {
            Optional<SubmissionStore.Earlier> earlier = submissions.earlier(key.get().hash(), body);
            if (earlier.isPresent()) {
                if (!earlier.get().sameBody()) {
                    throw new IdempotencyKey.Reused("complaint");
                }
                WorkerComplaint first = complaints.findBySubmissionId(earlier.get().submissionId()).orElseThrow();
                return receipt(first);
            }
        }
        // the moment as the database keeps it (microseconds), so the receipt sent again says the same
        java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        long submission = submissions.store(body, now, key.map(IdempotencyKey::hash).orElse(null));
        ComplaintSubmission form = ComplaintForm.read(body, LocalDate.now(clock));
        String receipt = ReceiptNumbers.next();
        while (complaints.existsByReceipt(receipt)) {
            receipt = ReceiptNumbers.next();
        }
        WorkerComplaint complaint = complaints.saveAndFlush(new WorkerComplaint(receipt, submission, now, form));
        audit.record(SUBJECT, complaint.id(), "RECEIVED", PUBLIC, null, (form.anonymous() ? "anonymous"
                : "contact details left (confidential)") + "; preferred language " + form.language());
        events.publishEvent(new ComplaintReceived(complaint.id(), receipt, form.employer(), form.worksite(), form.weekEnding()));
        return receipt(complaint);
    }

    private static Receipt receipt(WorkerComplaint complaint) {
        return new Receipt(complaint.receipt(), complaint.receivedAt(), "Your complaint was received. Quote " + complaint.receipt()
                + " if you contact us about it.");
    }

    @Transactional(readOnly = true)
    public PageView<ComplaintView.Summary> list(HighroadUser caller, PageParams asked) {
        requireInvestigator(caller);
        return PageView.of(complaints.page(asked.query(SORTS).pageable())).map(ComplaintViews::summary);
    }

    /** How the complaint list may be sorted: newest first by default. */
    public static final SortFields SORTS = SortFields.byId("id", org.springframework.data.domain.Sort.Direction.DESC)
            .allow("id").allow("receivedAt").allow("status").allow("weekEnding").allow("employer");

    @Transactional(readOnly = true)
    public ComplaintView get(long id, HighroadUser caller) {
        requireInvestigator(caller);
        WorkerComplaint complaint = find(id);
        return ComplaintViews.of(complaint, prices.of(complaint).orElse(null), weeks.of(id));
    }

    /** Why this triage may not be recorded, if it may not: 404 for an unknown complaint. */
    @Transactional(readOnly = true)
    public Optional<Refusal> triageRefusal(long id, Triage triage, HighroadUser auditor) {
        WorkerComplaint complaint = find(id);
        if (complaint.status() != Status.RECEIVED) {
            return Optional.of(new Refusal(null, "complaint " + id + " is already triaged"));
        }
        return rules.triageRefusal(triage, auditor);
    }

    @Transactional
    public void recordTriage(long id, Triage triage, String auditor) {
        WorkerComplaint complaint = find(id);
        complaint.triage(triage.contractId(), triage.vendorId(), triage.workerRef().trim(), triage.weekEnding(),
                triage.note(), auditor, clock.instant());
        audit.record(SUBJECT, id, "TRIAGED", auditor, triage.note(), "contract " + triage.contractId() + ", contractor "
                + triage.vendorId() + ", payroll week ending " + triage.weekEnding());
    }

    /**
     * Compares the account with the certified payroll, every week of it: the triaged week and each week of the range
     * the worker gave (29 CFR 5.6: the agency investigates what is claimed). A week's discrepancy is recorded as a
     * payroll finding, which joins the contractor's compliance case, or, when the payroll's findings already owe the
     * wages in question, linked to the finding that owes them (never owed twice, also when two complaints about one
     * worker's week are compared at the same moment: {@link WorkerClaims#compareAndRecord}; the weeks are held in
     * date order, so two complaints never wait on each other's weeks). The account itself stays here, for auditors.
     * Whatever the verdict, an auditor visits the site or interviews workers next, with the priced claim beside the
     * payroll's rows ({@link #claimBesidePayroll}). Returns whether there was a discrepancy. Repeating it (a retried
     * job) changes nothing.
     */
    @Transactional
    public boolean compareWithPayroll(long id) {
        WorkerComplaint complaint = find(id);
        if (complaint.status() != Status.TRIAGED) {
            return complaint.comparison() == Comparison.DISCREPANCY;
        }
        Optional<ClaimPricing.PricedClaim> priced = complaint.account().isPresent() ? prices.of(complaint) : Optional.empty();
        Map<LocalDate, WorkerClaims.Compared> byWeek = new TreeMap<>();
        for (LocalDate week : weeksOf(complaint)) {
            if (!week.equals(complaint.triageWeekEnding())
                    && !claims.payrollExpected(complaint.contractId(), complaint.vendorId(), week)) {
                // a week of the account outside the contractor's payroll calendar (before the contract, say): no payroll
                // is owed for it, so its absence is no discrepancy; the visit or interview may still substantiate it
                weeks.compared(id, week, "NOT_COMPARED", "week ending " + week + ": not a week of the contractor's payroll "
                        + "calendar for the contract", null);
                continue;
            }
            WorkerClaims.Compared compared = claims.compareAndRecord(claimOf(complaint, week, priced), source(id));
            byWeek.put(week, compared);
            weeks.compared(id, week, compared.check().verdict().name(), compared.check().explanation(), compared.findingId());
        }
        List<ClaimCheck> checks = byWeek.values().stream().map(WorkerClaims.Compared::check).toList();
        boolean discrepancy = checks.stream().anyMatch(c -> c.verdict() == WorkerClaims.Verdict.DISCREPANCY);
        Comparison verdict = discrepancy ? Comparison.DISCREPANCY
                : checks.stream().allMatch(c -> c.verdict() == WorkerClaims.Verdict.CONSISTENT) ? Comparison.CONSISTENT
                : Comparison.UNDECIDED;
        String detail = byWeek.size() == 1 ? checks.get(0).explanation() : String.join("; ", byWeek.entrySet().stream()
                .map(e -> e.getValue().check().explanation().contains(e.getKey().toString()) ? e.getValue().check().explanation()
                        : "week ending " + e.getKey() + ": " + e.getValue().check().explanation()).toList());
        WorkerClaims.Compared triaged = byWeek.get(complaint.triageWeekEnding());
        Long finding = triaged.findingId() != null ? triaged.findingId()
                : byWeek.values().stream().map(WorkerClaims.Compared::findingId).filter(Objects::nonNull).findFirst().orElse(null);
        complaint.compared(verdict, detail, finding);
        List<Long> findings = byWeek.values().stream().map(WorkerClaims.Compared::findingId).filter(Objects::nonNull).distinct().toList();
        audit.record(SUBJECT, id, discrepancy ? "FINDING RECORDED" : "SITE VISIT NEEDED", HighroadUser.WORKFLOW_ID, null,
                clip(detail + (findings.isEmpty() ? "" : " (payroll finding(s) " + findings + ")")
                        + "; a site visit or interview follows"));
        return discrepancy;
    }

    /**
     * The weeks compared: the triaged payroll week and each week of the worker's account. The worker's weeks are moved
     * to the payroll's week ends, to the nearest (a worker's "week ending Sunday" is the payroll week ending the day
     * before): the worker tells their weeks as they remember them, the payroll's weeks are the contract's. On a contract
     * that reports over longer periods (biweekly to quarterly) the triaged week is a work week's Saturday, so each week is
     * a work week, compared within the reporting period holding it ({@link WorkerClaims}).
     */
    List<LocalDate> weeksOf(WorkerComplaint complaint) {
        List<LocalDate> out = new ArrayList<>();
        out.add(complaint.triageWeekEnding());
        complaint.account().ifPresent(a -> {
            long shift = shift(complaint, a.firstWeekEnding());
            for (LocalDate end = a.firstWeekEnding(); !end.isAfter(a.lastWeekEnding()); end = end.plusWeeks(1)) {
                out.add(end.plusDays(shift));
            }
        });
        return out.stream().distinct().sorted().toList();
    }

    /** Days from a week end the worker gave to the nearest payroll week end: -3 to +3. */
    private static long shift(WorkerComplaint complaint, LocalDate workerWeekEnd) {
        long days = Math.floorMod(java.time.temporal.ChronoUnit.DAYS.between(workerWeekEnd, complaint.triageWeekEnding()), 7);
        return days > 3 ? days - 7 : days;
    }

    /**
     * What the worker says about one payroll week: for the triaged week the hours and pay they gave for it, if they gave
     * either; otherwise the account in their own terms, priced (usual hours a week, and what they say they received:
     * {@link ClaimPricing}).
     */
    private ClaimedWeek claimOf(WorkerComplaint complaint, LocalDate week, Optional<ClaimPricing.PricedClaim> priced) {
        if (week.equals(complaint.triageWeekEnding()) && (complaint.hoursClaimed() != null || complaint.payClaimed() != null)) {
            return new ClaimedWeek(complaint.contractId(), complaint.vendorId(), week, complaint.workerRef(),
                    complaint.hoursClaimed(), complaint.payClaimed());
        }
        Optional<ClaimPricing.Week> priced0 = priced.flatMap(p -> p.weeks().stream()
                .filter(w -> w.weekEnding().plusDays(shift(complaint, w.weekEnding())).equals(week)).findFirst());
        return new ClaimedWeek(complaint.contractId(), complaint.vendorId(), week, complaint.workerRef(),
                priced0.map(ClaimPricing.Week::hours).orElse(null), priced0.map(ClaimPricing.Week::paid).orElse(null));
    }

    /** What the worker says about one payroll week of the complaint's account, priced where it is in their own terms. */
    ClaimedWeek claimFor(WorkerComplaint complaint, LocalDate week) {
        return claimOf(complaint, week, complaint.account().isPresent() ? prices.of(complaint) : Optional.empty());
    }

    @Transactional(readOnly = true)
    public Optional<Refusal> siteVisitRefusal(long id, SiteVisit visit, HighroadUser auditor) {
        WorkerComplaint complaint = find(id);
        if (!complaint.awaitsVisit()) {
            return Optional.of(new Refusal(null, "complaint " + id + " is " + complaint.status() + ", not awaiting a site visit"));
        }
        Optional<Refusal> refusal = rules.siteVisitRefusal(visit, auditor);
        if (refusal.isPresent() || !visit.violationFound()) {
            return refusal;
        }
        Optional<Refusal> identifying = ComplainantIdentity.of(complaint).namedIn(visit.violation())
                .map(what -> new Refusal("violation", "must not identify the complainant or mention a complaint (it names "
                        + what + "); the contractor reads this statement (29 CFR 5.6(a)(5))"));
        if (identifying.isPresent()) {
            return identifying;
        }
        if (visit.amountOwed() != null && visit.substantiated().containsKey(complaint.triageWeekEnding())) {
            // one amount per week: what was substantiated for the triaged week is owed once, so it is given once
            return Optional.of(new Refusal("substantiated", "the week ending " + complaint.triageWeekEnding() + " is the "
                    + "triaged week, whose amount is given in amountOwed: give it once, there or here"));
        }
        List<LocalDate> accountWeeks = weeksOf(complaint);
        for (var week : visit.owedByWeek(complaint.triageWeekEnding()).entrySet()) {
            String field = week.getKey().equals(complaint.triageWeekEnding()) && visit.amountOwed() != null ? "amountOwed"
                    : "substantiated";
            if (!accountWeeks.contains(week.getKey())) {
                return Optional.of(new Refusal(field, "the week ending " + week.getKey() + " is not a week of the complaint: "
                        + accountWeeks));
            }
            if (week.getValue().signum() > 0 && claims.payrollWorker(complaint.contractId(), complaint.vendorId(), week.getKey(),
                    complaint.workerRef()).isEmpty()) {
                return Optional.of(new Refusal(field, "the certified payroll for the week ending " + week.getKey()
                        + " does not name the triaged worker; record the violation without an amount for that week, and "
                        + "the wages owed are checked on the correction payroll the notice asks for"));
            }
        }
        return Optional.empty();
    }

    /**
     * Records the visit or interview; a violation found becomes a payroll finding, which joins the contractor's
     * compliance case like any other (the finding states the violation and never the complaint): one for each week
     * with an amount substantiated, owing the worker that amount less what the payroll's findings already owe for the
     * worker and week ({@link WorkerClaims#recordSiteViolation}), or one for the triaged week when no amount was
     * substantiated. Returns the finding's id (the triaged week's, or the first week's), if one was recorded.
     */
    @Transactional
    public Optional<Long> recordSiteVisit(long id, SiteVisit visit, String auditor) {
        WorkerComplaint complaint = find(id);
        Map<LocalDate, Long> recorded = new TreeMap<>();
        if (visit.violationFound()) {
            Map<LocalDate, BigDecimal> owed = visit.owedByWeek(complaint.triageWeekEnding());
            for (var week : owed.entrySet()) {
                Long finding = week.getValue().signum() <= 0 ? null : claims.recordSiteViolation(new SiteViolation(
                        complaint.contractId(), complaint.vendorId(), week.getKey(), complaint.workerRef(), visit.visitedOn(),
                        visit.violation(), week.getValue()), source(id));
                weeks.substantiated(id, week.getKey(), week.getValue().setScale(2, java.math.RoundingMode.HALF_UP), finding);
                if (finding != null) {
                    recorded.put(week.getKey(), finding);
                }
            }
            if (recorded.isEmpty()) {
                recorded.put(complaint.triageWeekEnding(), claims.recordSiteViolation(new SiteViolation(complaint.contractId(),
                        complaint.vendorId(), complaint.triageWeekEnding(), complaint.workerRef(), visit.visitedOn(),
                        visit.violation(), null), source(id)));
            }
        }
        Long finding = recorded.containsKey(complaint.triageWeekEnding()) ? recorded.get(complaint.triageWeekEnding())
                : recorded.values().stream().findFirst().orElse(null);
        complaint.visited(visit.visitedOn(), VisitOutcome.valueOf(visit.outcome()), visit.notes(), auditor, finding);
        audit.record(SUBJECT, id, "SITE VISITED", auditor, visit.notes(), visit.outcome() + " on " + visit.visitedOn()
                + (recorded.isEmpty() ? "" : " (payroll finding(s) " + recorded.values() + ")"));
        return Optional.ofNullable(finding);
    }

    /**
     * The worker's claim priced week by week beside the certified payroll's rows for the worker, as the auditor who
     * visits the site or interviews workers reads it: a Markdown table, in English, of names, hours and amounts (no ids,
     * no API paths). Shown in the visit task's form when the form is read ({@code TaskFormValues}), never kept by the
     * process engine: the account and the payroll's names are for auditors only (29 CFR 5.6(a)(5)).
     */
    @Transactional(readOnly = true)
    public String claimBesidePayroll(long id) {
        WorkerComplaint complaint = find(id);
        if (complaint.contractId() == null) {
            return "";
        }
        Optional<ClaimPricing.PricedClaim> priced = prices.of(complaint);
        Map<LocalDate, ComplaintWeeks.Week> compared = new TreeMap<>();
        weeks.of(id).forEach(w -> compared.put(w.weekEnding(), w));
        StringBuilder out = new StringBuilder();
        out.append("**The worker's claim (").append(ClaimPricing.LABEL).append(") beside the certified payroll**\n\n")
                .append("| Week ending | Hours claimed | Paid, as the worker says | Wages due at the committed rate | "
                        + "Back wages claimed | On the payroll | Hours reported | Rate paid (straight / overtime) | "
                        + "Fringe paid an hour | Gross reported | Comparison |\n")
                .append("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---|\n");
        for (LocalDate week : weeksOf(complaint)) {
            ClaimedWeek claim = claimOf(complaint, week, priced);
            Optional<ClaimPricing.Week> pricedWeek = priced.flatMap(p -> p.weeks().stream()
                    .filter(w -> w.weekEnding().plusDays(shift(complaint, w.weekEnding())).equals(week)).findFirst());
            List<WorkerClaims.PayrollLine> lines = claims.payrollLines(complaint.contractId(), complaint.vendorId(), week,
                    complaint.workerRef());
            ComplaintWeeks.Week comparison = compared.get(week);
            out.append("| ").append(week)
                    .append(" | ").append(claim.hours() == null ? "not given" : claim.hours().setScale(2, java.math.RoundingMode.HALF_UP))
                    .append(" | ").append(claim.pay() == null ? "not given" : dollars(claim.pay()))
                    .append(" | ").append(pricedWeek.map(ClaimPricing.Week::wagesDue).map(WorkerComplaints::dollars).orElse("not priced"))
                    .append(" | ").append(pricedWeek.map(ClaimPricing.Week::backWages).map(WorkerComplaints::dollars).orElse("not priced"))
                    .append(" | ").append(lines.isEmpty() ? "not on the payroll for the week"
                            : String.join("; ", lines.stream().map(l -> cell(l.name()) + ", " + cell(l.classification())
                                    + ("APPRENTICE".equals(l.level()) ? " (apprentice)" : "")).toList()))
                    .append(" | ").append(lines.isEmpty() ? "" : join(lines, l -> l.hours().setScale(2, java.math.RoundingMode.HALF_UP).toString()))
                    .append(" | ").append(lines.isEmpty() ? "" : join(lines, l -> dollars(l.straightRate())
                            + (l.overtimeRate() == null ? "" : " / " + dollars(l.overtimeRate()))))
                    .append(" | ").append(lines.isEmpty() ? "" : join(lines, l -> dollars(l.fringePerHour())))
                    .append(" | ").append(lines.isEmpty() ? "" : join(lines, l -> dollars(l.grossThisProject())))
                    .append(" | ").append(comparison == null ? "not compared yet" : comparison.verdict().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' '))
                    .append(" |\n");
        }
        priced.ifPresent(p -> out.append("\nBack wages claimed for the whole period: ").append(dollars(p.backWages()))
                .append(p.complete() ? "" : " (some weeks could not be priced)").append(". A claim until substantiated: enter "
                        + "what the visit or interview substantiated for each week.\n"));
        return out.toString();
    }

    private static String join(List<WorkerClaims.PayrollLine> lines, java.util.function.Function<WorkerClaims.PayrollLine, String> cell) {
        return String.join("; ", lines.stream().map(cell).toList());
    }

    /** Text in a Markdown table cell: no cell separators, no markup. */
    private static String cell(String text) {
        return text == null ? "" : text.replaceAll("[|\\\\*_`<>\\[\\]#]", " ").strip();
    }

    private static String dollars(BigDecimal amount) {
        return org.highroad.platform.money.Money.of(amount).format(java.util.Locale.US);
    }

    private static String clip(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    /** What a complaint's findings are recorded under: once per complaint, so a retried job records nothing twice. */
    static String source(long complaintId) {
        return SUBJECT + ":" + complaintId;
    }

    private WorkerComplaint find(long id) {
        return complaints.findById(id).orElseThrow(() -> new NotFoundException("no complaint " + id));
    }

    /** Complaints are for investigators: auditors and administrators (29 CFR 5.6(a)(5)). */
    private static void requireInvestigator(HighroadUser caller) {
        if (caller == null || !caller.has(Role.AUDITOR) && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("complaints are read by auditors and administrators only");
        }
    }
}
