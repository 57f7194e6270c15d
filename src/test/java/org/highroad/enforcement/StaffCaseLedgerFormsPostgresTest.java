package org.highroad.enforcement;

import org.highroad.support.OnPostgres;

/** The withholding form sent twice (one after the other, and at the same moment) on a real PostgreSQL server. */
@OnPostgres
class StaffCaseLedgerFormsPostgresTest extends StaffCaseLedgerFormsTest {
}
