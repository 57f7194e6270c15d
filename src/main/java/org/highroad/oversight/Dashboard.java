package org.highroad.oversight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One agency's contracts at a glance, as of {@code asOf} (today): the totals over all its contracts, then a page of
 * them ({@code contractPage}, newest first) with each one's compliance standing, workforce shares against the
 * commitments over time and hours by race/ethnicity, gender and residency (with the lines over all contracts), and the
 * agency's wage-subsidy programs.
 */
public record Dashboard(String agencyCode, String agencyName, LocalDate asOf, Totals totals, List<ContractStanding> contracts,
        List<ShareSeries> workforce, List<SubsidyProgram> subsidies, List<CompositionLine> composition,
        ContractPage contractPage) {

    /**
     * Which contracts {@code contracts} holds: page {@code page} (from 0) of {@code size}, newest first, of
     * {@code totalContracts} in {@code totalPages} pages.
     */
    public record ContractPage(int page, int size, int totalContracts, int totalPages) {

        public boolean hasNext() {
            return page + 1 < totalPages;
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }

    /**
     * Sums over the agency's contracts.
     *
     * @param nonCompliant contracts with a missing period, an open finding, an open case or a share short of its commitment
     * @param paid         restitution paid as an auditor verified it
     * @param reported     payments contractors reported that no auditor has verified yet (not in {@code paid})
     */
    public record Totals(int contracts, int compliant, int nonCompliant, int missingReports, int openFindings, int openCases,
            BigDecimal owed, BigDecimal paid, BigDecimal outstanding, BigDecimal held, BigDecimal reported) {
    }

    /**
     * One contract. {@code compliant} only when nothing below counts against it; a contract not yet executed reports
     * nothing and is {@code compliant} with zeros.
     *
     * @param missingReports reporting periods past due with no payroll or no-work statement
     * @param openFindings   payroll findings awaiting review, or confirmed and not cured
     * @param shortfalls     workforce shares short of a binding commitment at the last period ended
     * @param openCases      compliance cases not closed
     * @param owed           restitution owed over all its cases
     * @param paid           restitution paid, as an auditor verified it
     * @param outstanding    restitution still owed to workers
     * @param held           withholding held and not released
     */
    public record ContractStanding(long contractId, String title, String status, long primeVendorId, String primeVendor,
            boolean compliant, int missingReports, int openFindings, int shortfalls, int openCases, BigDecimal owed,
            BigDecimal paid, BigDecimal outstanding, BigDecimal held) {
    }

    /**
     * A measured group of one contract (category: LOCAL_RESIDENTS, PEOPLE_OF_COLOR, WOMEN or APPRENTICES; trade
     * {@code null} for the whole project; level {@code null} for both levels), its cumulative share at the end of each
     * reporting period against the commitment.
     */
    public record ShareSeries(long contractId, String contractTitle, String category, String trade, String level,
            BigDecimal requiredPercent, List<SharePoint> points) {
    }

    /**
     * The share to {@code asOf}: withheld ({@code sharePercent} null, {@code suppressed} true) when it covers fewer
     * than five workers, or fewer than five in or outside the group, or would give a withheld one away.
     */
    public record SharePoint(LocalDate asOf, BigDecimal sharePercent, Boolean met, boolean suppressed) {
    }

    /**
     * A wage-subsidy program of the agency (its standard is the agency's), from the program report.
     *
     * @param qualityJobShare percent of committed dollars going to quality jobs (null when nothing is committed)
     */
    public record SubsidyProgram(long programId, String code, String name, BigDecimal budget, BigDecimal committed,
            BigDecimal paid, BigDecimal qualityJobShare, BigDecimal qualityGoalPercent, boolean goalMet) {
    }

    /**
     * Hours and distinct workers of one executed contract ({@code contractId} null: all the agency's executed
     * contracts) to {@code asOf}, disaggregated by race/ethnicity, gender and residency on the day worked, as the
     * payroll rows record them: of all its workers ({@code total}) or of those with one {@code answer} ({@code null}
     * when not reported; for RESIDENCY, RESIDENT or NON_RESIDENT). {@code hours} and {@code workers} are null and
     * {@code suppressed} true when the line covers fewer than five workers or would give such a line away.
     */
    public record CompositionLine(Long contractId, String contractTitle, String dimension, boolean total, String answer,
            BigDecimal hours, Integer workers, boolean suppressed) {
    }
}
