package org.highroad.subsidies;

import java.math.BigDecimal;
import java.util.List;

/**
 * A program's report. Money at program level is the budget's accounting and always shown; every aggregate about hires
 * (counts, wages, and each group by sector, county or classification) covering fewer than {@link #MIN_HIRES} hires is
 * suppressed: its figures are null and {@code suppressed} is true, so no employer's or worker's figures can be read.
 *
 * @param committed          held by approved and agreed requests
 * @param reserved           held by requests awaiting staff review
 * @param paid               paid on claims
 * @param qualityJobShare    percent of committed dollars going to quality jobs; null when nothing is committed
 * @param qualityGoalPercent the program's goal for that share
 */
public record ProgramReport(long programId, String code, BigDecimal budget, BigDecimal committed, BigDecimal reserved,
        BigDecimal paid, BigDecimal available, BigDecimal qualityJobShare, BigDecimal qualityGoalPercent, boolean goalMet,
        Hires hires, List<Group> bySector, List<Group> byCounty, List<Group> byClassification) {

    public static final int MIN_HIRES = 5;

    /**
     * Hires approved, started (named), completed (paid on a completion claim) and retained (completed and not ended);
     * the average hourly wage at approval (per approved hire) and at completion (the lowest paid on the completion claim).
     */
    public record Hires(boolean suppressed, Integer approved, Integer started, Integer completed, Integer retained,
            BigDecimal wageAtApproval, BigDecimal wageAtCompletion) {
    }

    /** Committed dollars and approved hires of one sector, county or classification. */
    public record Group(String name, boolean suppressed, Integer hires, BigDecimal committed, BigDecimal qualityJobDollars) {
    }
}
