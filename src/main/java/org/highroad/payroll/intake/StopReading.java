package org.highroad.payroll.intake;

/** Ends the reading after a fatal error; carries no stack trace. */
final class StopReading extends RuntimeException {

    StopReading() {
        super(null, null, false, false);
    }
}
