package org.highroad.payroll;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract's cumulative workforce shares to {@code asOf}, as figures fit to be published: per measured group
 * (category, trade, level) the share reached, the commitment, and how many distinct workers the line aggregates,
 * so that a publisher can suppress lines over too few workers. No worker reference, name or profile leaves the
 * payroll module through it.
 */
public record PublicShareFigures(LocalDate asOf, List<Line> lines) {

    public PublicShareFigures {
        lines = List.copyOf(lines);
    }

    /**
     * One measured group, as {@code Utilization.ShareLine} computes it.
     *
     * @param trade   the trade (classification), {@code null} for the whole project
     * @param level   JOURNEYWORKER or APPRENTICE, {@code null} for both levels
     * @param workers distinct workers with hours in the line's trade and level up to {@code asOf} (a worker is the
     *                payroll's worker reference within its employer)
     * @param groupWorkers distinct workers with hours in the line counted in the group on any day (residents, self-identified
     *                members, apprentices); together with {@code workers} it tells how many workers each side of the share
     *                aggregates
     */
    public record Line(String category, String trade, String level, BigDecimal sharePercent, BigDecimal requiredPercent,
            BigDecimal totalHours, boolean met, boolean binding, int workers, int groupWorkers) {
    }
}
