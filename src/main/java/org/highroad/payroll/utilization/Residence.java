package org.highroad.payroll.utilization;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a worker's address history, reduced to what the calculator needs: whether the address is inside the
 * program's local-hire area and the day it took effect. It applies to every day worked from {@code effectiveFrom} until
 * the next entry takes effect (LCPtracker allocates hours "by day to the address current on that day", domain
 * reference 1.1).
 */
public record Residence(boolean resident, LocalDate effectiveFrom) {

    public Residence {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
