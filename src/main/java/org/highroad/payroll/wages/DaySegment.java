package org.highroad.payroll.wages;

import java.math.BigDecimal;
import java.util.List;

/**
 * One day of one worker row, with the premium hours placed on it ({@link PremiumHours}); {@code row} is {@code null}
 * for a day an earlier payroll reported in the same work week, which counts toward the week's hours only.
 */
final class DaySegment {

    final CheckedRow row;
    final DayHours day;
    final BigDecimal hours;
    BigDecimal premium = BigDecimal.ZERO;

    DaySegment(CheckedRow row, DayHours day) {
        this.row = row;
        this.day = day;
        this.hours = day.totalHours();
    }

    /** A day of an earlier payroll: counted, not priced. */
    boolean earlier() {
        return row == null;
    }

    static BigDecimal sum(List<DaySegment> segs) {
        return segs.stream().map(s -> s.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
