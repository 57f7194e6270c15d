package org.highroad.complaints;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.highroad.complaints.domain.WorkerAccount;

/**
 * A complaint as auditors and administrators read it: the account as given (text verbatim; escape it when showing it
 * in HTML), the contact details when the complainant left them, the triage, the comparison with the certified payroll
 * and the site visit; the worker's account of their pay in their own terms and, once triaged to a contract, that account priced per week and for the period, labelled as a claim until substantiated ({@link ClaimPricing}). Contractors never read complaints (29 CFR 5.6(a)(5)).
 */
public record ComplaintView(long id, String receipt, String status, Instant receivedAt, String employer,
        String contractReference, String worksite, String narrative, LocalDate weekEnding, BigDecimal hoursClaimed,
        BigDecimal payClaimed, String language, boolean anonymous, Contact contact, TriageView triage,
        Comparison comparison, Visit siteVisit, WorkerAccount account, ClaimPricing.PricedClaim pricedClaim,
        List<Week> weeks) {

    /**
     * One week of the complaint compared with the certified payroll (DISCREPANCY, CONSISTENT, UNDECIDED; NOT_COMPARED
     * for a week only a visit substantiated), with the finding the comparison recorded or linked, and what the visit or
     * interview substantiated for it with the finding that owes it.
     */
    public record Week(LocalDate weekEnding, String verdict, String detail, Long findingId, BigDecimal substantiated,
            Long visitFindingId) {
    }

    /** How to reach the complainant, if they chose to be reached. */
    public record Contact(String name, String phone, String email) {
    }

    public record TriageView(long contractId, long vendorId, String workerRef, LocalDate weekEnding, String note,
            String triagedBy, Instant triagedAt) {
    }

    /** DISCREPANCY (with the payroll finding recorded), CONSISTENT or UNDECIDED (both lead to a site visit). */
    public record Comparison(String verdict, String detail, Long findingId) {
    }

    /** The site visit; a violation found comes with the payroll finding it recorded. */
    public record Visit(LocalDate visitedOn, String outcome, String notes, String visitedBy, Long findingId) {
    }

    /** One line of the auditors' list. */
    public record Summary(long id, String receipt, String status, Instant receivedAt, String employer,
            String contractReference, String worksite, LocalDate weekEnding, String language, boolean anonymous,
            Long contractId, Long vendorId, Long findingId) {
    }
}
