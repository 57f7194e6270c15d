package org.highroad.payroll.wages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The work week of a day: Sunday to Saturday, as the WH-347 day columns run (29 CFR 778.105: a fixed workweek). */
public final class WorkWeeks {

    private WorkWeeks() {
    }

    /** The Saturday ending the work week that contains {@code day}. */
    public static LocalDate ending(LocalDate day) {
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }
}
