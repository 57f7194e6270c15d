package org.highroad.vendors;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A vendor's compliance scorecard ({@code GET /api/vendors/{id}/compliance-record}): every entry of its labor history,
 * typed in by staff or written from Highroad's compliance cases, with the contractor's written responses beside each;
 * its debarments; and its past performance over the look-back period as the rubric's past-performance criteria read it.
 */
public record ComplianceRecord(long vendorId, String legalName, List<Entry> entries,
        List<VendorView.DebarmentView> debarments, PastPerformance pastPerformance) {

    /**
     * One entry. {@code origin} MANUAL (found by another agency: {@code source} names it), CASE (a Highroad compliance
     * case about the vendor's payrolls) or PRIME_LIABILITY (its subcontractor's unpaid wages, for which it is liable as
     * prime; {@code liableForSubcontractorId} names the subcontractor). Amounts are the restitution owed to workers and
     * paid; {@code sanctions} those decided in the case.
     */
    public record Entry(Long id, String origin, ViolationReport.Kind kind, LocalDate occurredOn, String source,
            String description, Long caseId, Long contractId, LocalDate periodStart, LocalDate periodEnd,
            BigDecimal amountOwed, BigDecimal amountPaid, List<String> sanctions, Long liableForSubcontractorId,
            boolean resolved, LocalDate resolvedOn, List<Response> responses) {
    }

    /** The contractor's written response to an entry, kept beside it. */
    public record Response(long id, String text, String respondedBy, Instant respondedAt) {
    }

    /** Body of {@code POST /api/vendors/{id}/compliance-record/entries/{entryId}/responses}. */
    public record ResponseRequest(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 4000) String text) {
    }
}
