package org.highroad.complaints;

import org.highroad.support.OnPostgres;

/** Complaint intake, hostile input and limits on a real PostgreSQL server (bytea bodies, NUL bytes refused first). */
@OnPostgres
class ComplaintIntakePostgresTest extends ComplaintIntakeTest {
}
