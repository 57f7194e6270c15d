package org.highroad.payroll.domain;

import org.highroad.payroll.intake.ParsedRow;

/** Writes accepted payroll rows in bulk as they stream in. */
public interface RowWriter {

    void add(ParsedRow row);

    /** Writes what is buffered; returns the rows written so far. */
    int flush();
}
