package org.highroad.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A contract as read: parties, terms, its current version's commitments and clauses, subcontractors. */
public record ContractView(Long id, Long solicitationId, Long bidId, String agencyCode, Long primeVendorId, String title,
        BigDecimal value, LocalDate periodStart, LocalDate periodEnd, String standardCode, int standardVersion,
        String wageDetermination, ContractStatus status, String statusReason, Instant executedAt, Version current,
        List<Subcontractor> subcontractors) {

    /** {@code lowestHourlyWage}: the bid's promise to every covered worker (services bids), absent when none. */
    public record Version(int number, LocalDate effectiveFrom, String reason, String createdBy, List<Wage> wages,
            BigDecimal lowestHourlyWage, List<WorkforceRule> workforce, ContractTerms terms, ReportingTerms reporting, List<Clause> clauses) {
    }

    public record Wage(String classification, BigDecimal offeredBase, BigDecimal offeredFringe,
            BigDecimal prevailingBase, BigDecimal prevailingFringe) {
    }

    public record Clause(String code, int templateVersion, String heading, String body) {
    }

    public record Subcontractor(Long id, Long vendorId, String trade, LocalDate startsOn, LocalDate endsOn) {
    }
}
