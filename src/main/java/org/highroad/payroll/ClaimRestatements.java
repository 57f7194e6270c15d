package org.highroad.payroll;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.highroad.payroll.PayrollEvents.FindingsSuperseded;
import org.highroad.payroll.WorkerClaims.ClaimCheck;
import org.highroad.payroll.WorkerClaims.ClaimedWeek;
import org.highroad.payroll.WorkerClaims.Verdict;
import org.highroad.payroll.domain.FindingStore;
import org.highroad.payroll.domain.PayrollWeeks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workers' accounts compared with a week's certified payroll are compared again when the payroll in force changes, so
 * that what a worker is owed for the week is owed exactly once (restitution is earned less paid, owed once: HUD, "Making
 * Davis-Bacon Work"; domain reference, restitution conventions). An account's finding owed only what the payroll's
 * findings did not: once those are superseded by a correction, or the correction's own checks owe the wages, the
 * finding is restated against the payroll in force (superseded, and recorded again with what is owed now) or linked to
 * the finding that owes the wages now.
 *
 * <p>Accounts credit one another in the order their findings were recorded: each credits the findings of the accounts
 * before it, as it did when it was first compared (each comparison credits every finding standing then). Restating
 * keeps that order, since a restated finding is recorded after those before it, so restating again changes nothing.
 */
@Service
public class ClaimRestatements {

    private final WorkerClaims claims;
    private final FindingStore findings;
    private final PayrollWeeks weeks;
    private final ApplicationEventPublisher events;

    ClaimRestatements(WorkerClaims claims, FindingStore findings, PayrollWeeks weeks, ApplicationEventPublisher events) {
        this.claims = claims;
        this.findings = findings;
        this.weeks = weeks;
        this.events = events;
    }

    /**
     * An account on record: the claim, the finding its comparison ended in (its own investigation finding, or the
     * payroll finding that owed the wages) and the source its finding is recorded under.
     */
    public record ClaimOnRecord(ClaimedWeek claim, long findingId, String source) {
    }

    /**
     * An account compared again: {@code changed} when its finding or its comparison changed; its finding now.
     * {@code stood}: its own investigation finding was confirmed, so it stands with its amount and records what the
     * account comes to against the payroll in force ({@code recheckFound}, {@code recheckAmount}: what it would owe now),
     * and the comparison on record is left as it was.
     */
    public record Restated(ClaimOnRecord onRecord, ClaimCheck check, long findingId, boolean changed, boolean stood,
            boolean recheckFound, BigDecimal recheckAmount) {

        Restated(ClaimOnRecord onRecord, ClaimCheck check, long findingId, boolean changed) {
            this(onRecord, check, findingId, changed, false, false, null);
        }
    }

    /**
     * Compares again the accounts on record for one contractor's week (all of them, so that they credit one another as
     * before), with the week's row locked; returns those compared again. An account whose finding was reviewed to an
     * end (dismissed, or cured and resolved) stands as the auditor left it, and so does one compared with no payroll
     * (the week was not reported then) or one the payroll in force no longer decides (no single matching worker).
     */
    @Transactional
    public List<Restated> restate(long contractId, long vendorId, LocalDate weekEnding, List<ClaimOnRecord> onRecord) {
        weeks.hold(contractId, vendorId, weekEnding);
        // the findings too, before their status is read: an auditor's review locks the finding before its case, so a
        // finding confirmed meanwhile is read confirmed, and stands (ADR 0030, addendum)
        findings.lock(onRecord.stream().map(ClaimOnRecord::findingId).toList());
        Map<Long, FindingView> byId = findings.byIds(onRecord.stream().map(ClaimOnRecord::findingId).toList()).stream()
                .collect(Collectors.toMap(FindingView::id, Function.identity()));
        // an account's own finding is the one recorded under its source; any other is the finding it was linked to
        Set<ClaimOnRecord> own = new HashSet<>();
        onRecord.stream().filter(r -> findings.standing(claims.investigationPrint(r.claim(), r.source()))
                .filter(id -> id == r.findingId()).isPresent()).forEach(own::add);
        List<ClaimOnRecord> due = onRecord.stream().filter(r -> restatable(byId.get(r.findingId()), own.contains(r)))
                .sorted(Comparator.comparing((ClaimOnRecord r) -> own.contains(r) ? r.findingId() : Long.MAX_VALUE)).toList();
        List<Restated> out = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            ClaimOnRecord r = due.get(i);
            // as when it was first compared: the findings of the accounts after it did not exist yet
            Set<Long> ignoring = due.subList(i, due.size()).stream().filter(own::contains).map(ClaimOnRecord::findingId)
                    .collect(Collectors.toSet());
            out.add(restate(r, byId.get(r.findingId()), own.contains(r), claims.compare(r.claim(), ignoring), weekEnding));
        }
        return out;
    }

    private Restated restate(ClaimOnRecord r, FindingView f, boolean own, ClaimCheck check, LocalDate weekEnding) {
        boolean same = check.verdict() == Verdict.DISCREPANCY && check.statement() != null && own && sameAs(f, check);
        if (check.verdict() == Verdict.UNDECIDED || same) {
            return new Restated(r, check, f.id(), false);
        }
        if (own && FindingStore.CONFIRMED.equals(f.status())) {
            return stands(r, f, check);
        }
        if (own) {
            long inForce = check.submissionId() == null ? f.submissionId() : check.submissionId();
            List<Long> superseded = findings.supersede(List.of(f.id()));
            if (!superseded.isEmpty()) {
                events.publishEvent(new FindingsSuperseded(f.contractId(), f.vendorId(), weekEnding, f.submissionId(), inForce,
                        superseded, "the investigation's comparison was restated against payroll " + inForce
                                + ", the certified payroll in force for the week ending " + weekEnding));
            }
        }
        long now = check.verdict() != Verdict.DISCREPANCY ? f.id() : claims.record(r.claim(), check, r.source());
        return new Restated(r, check, now, true);
    }

    /**
     * A confirmed investigation finding stands through a correction, as a confirmed payroll finding does (ADR 0030,
     * addendum): the auditor's confirmation and the restitution in the ledger are not outweighed by the contractor's
     * new certified payroll (29 CFR 5.5(a)(3)(ii)(B) certifies the payroll, it does not prove the worker paid). It
     * records what the account comes to against the payroll in force: still a discrepancy, owing {@code amountShort}
     * beyond what the findings standing owe ($0.00 when they owe it all), or no longer one. No finding is recorded, so no
     * review task follows, and the worker is owed the gap once: the finding keeps its standing key, unique among the
     * findings that stand, so no second finding of this account and week can be recorded beside it.
     */
    private Restated stands(ClaimOnRecord r, FindingView f, ClaimCheck check) {
        if (check.submissionId() == null || check.submissionId().equals(f.submissionId())) {
            return new Restated(r, check, f.id(), false); // no other payroll to recheck it against
        }
        boolean found = check.verdict() == Verdict.DISCREPANCY;
        BigDecimal now = !found ? null : check.statement() == null ? BigDecimal.ZERO.setScale(2) : check.amountShort();
        findings.recheckInvestigation(f.id(), check.submissionId(), found, now);
        return new Restated(r, check, f.id(), true, true, found, now);
    }

    /**
     * Its own investigation finding while it is open (awaiting review, or confirmed and not cured), compared with a
     * payroll; or a link to a finding that no longer stands (superseded).
     */
    private static boolean restatable(FindingView f, boolean own) {
        if (f == null || f.submissionId() == null) {
            return false;
        }
        return own ? FindingStore.stillOpen(f.status()) : FindingStore.SUPERSEDED.equals(f.status());
    }

    private static boolean sameAs(FindingView f, ClaimCheck check) {
        BigDecimal was = f.amountOwed();
        BigDecimal now = check.amountShort();
        boolean sameAmount = was == null ? now == null : now != null && was.compareTo(now) == 0;
        return sameAmount && Objects.equals(f.submissionId(), check.submissionId()) && f.detail().equals(WorkerClaims.detail(check));
    }
}
