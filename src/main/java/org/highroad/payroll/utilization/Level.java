package org.highroad.payroll.utilization;

/** How a worker is listed on the WH-347 for the hours: journeyworker or registered apprentice. */
public enum Level {
    JOURNEYWORKER, APPRENTICE
}
