package org.highroad.payroll;

import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who reads the workers on a certified payroll, by name and pay (ADR 0032): the agency's auditors, who check the
 * payrolls and open the cases, and administrators; a contractor for the payrolls of its own vendor (whose workers they
 * are, checked with the submission). Procurement officers and workforce staff read a payroll's status, counts and
 * amounts, never who was paid what: their duties (awarding and managing contracts, wage subsidies) need no worker's
 * name (data minimisation, as the complaint module keeps the complainant's contact from everyone).
 */
public final class WorkerPayReaders {

    /** The role check of the addresses that answer a payroll's rows (API and pages). */
    public static final String ROLES = "hasAnyRole('ADMIN','AUDITOR','CONTRACTOR')";
    /** The same, for the agency's pages. */
    public static final String STAFF_ROLES = "hasAnyRole('ADMIN','AUDITOR')";

    private WorkerPayReaders() {
    }

    /** Whether {@code reader}'s role may read workers' names and pay (the vendor is checked with the submission). */
    public static boolean may(HighroadUser reader) {
        return reader.has(Role.ADMIN) || reader.has(Role.AUDITOR) || reader.has(Role.CONTRACTOR);
    }

    /** Refuses (403) a reader whose role may not read workers' names and pay. */
    public static void require(HighroadUser reader) {
        if (!may(reader)) {
            throw new AccessDeniedException("workers' names and pay on certified payrolls are read by auditors, "
                    + "administrators and the payroll's own contractor only");
        }
    }
}
