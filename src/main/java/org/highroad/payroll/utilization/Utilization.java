package org.highroad.payroll.utilization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cumulative workforce shares to {@code asOf}, one {@link ShareLine} per measured group, in a stable order: rules in
 * the order given, then within a rule the project-wide line first, then trades in alphabetical order, then
 * {@link Level#JOURNEYWORKER} before {@link Level#APPRENTICE}.
 */
public record Utilization(LocalDate asOf, List<ShareLine> lines) {

    public Utilization {
        Objects.requireNonNull(asOf, "asOf");
        lines = List.copyOf(lines);
    }

    /** The line for a category, trade ({@code null} = project-wide) and level ({@code null} = both levels). */
    public Optional<ShareLine> line(String category, String trade, Level level) {
        return lines.stream().filter(l -> l.category().equals(category) && Objects.equals(l.trade(), trade)
                && l.level() == level).findFirst();
    }

    /** Lines that decide compliance and fall short: what becomes a finding. */
    public List<ShareLine> shortfalls() {
        return lines.stream().filter(l -> l.binding() && !l.met()).toList();
    }

    /**
     * One measured group. All hour and percent figures have scale 2 (HALF_UP).
     *
     * @param category        the rule's category (LOCAL_RESIDENTS, PEOPLE_OF_COLOR, WOMEN, APPRENTICES)
     * @param trade           the trade measured, {@code null} for the whole project
     * @param level           the level measured, {@code null} for both levels together
     * @param hoursInGroup    hours worked by the group (residents on the day worked, self-identified members, apprentices)
     * @param unreportedHours hours for which the group membership is unknown (no residence known for the day, race or
     *                        gender not reported, or no profile for the worker): counted in the total, not in the
     *                        group, and shown so that the agency sees the data gap; always 0 for APPRENTICES
     * @param totalHours      all hours worked in the measured trade and level
     * @param sharePercent    hoursInGroup / totalHours × 100; 0 when there are no hours
     * @param requiredPercent the contract's committed percent (the higher of the standard's target and the pledge)
     * @param requiredHours   totalHours × requiredPercent / 100
     * @param shortfallHours  max(0, requiredHours − hoursInGroup)
     * @param met             {@code true} exactly when shortfallHours is 0 (see {@link UtilizationCalculator})
     * @param binding         {@code true} when the commitment is measured on this line; {@code false} for the
     *                        project-wide summary line that a per-trade or per-level rule also gets for context
     * @param citation        the rule's citation
     */
    public record ShareLine(String category, String trade, Level level, BigDecimal hoursInGroup,
            BigDecimal unreportedHours, BigDecimal totalHours, BigDecimal sharePercent, BigDecimal requiredPercent,
            BigDecimal requiredHours, BigDecimal shortfallHours, boolean met, boolean binding, String citation) {
    }
}
