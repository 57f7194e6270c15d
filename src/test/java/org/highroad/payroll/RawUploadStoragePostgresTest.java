package org.highroad.payroll;

import org.highroad.support.OnPostgres;

/** Raw uploads in chunks, stored once under a race, and the retention purge, on a real PostgreSQL server (bytea). */
@OnPostgres
class RawUploadStoragePostgresTest extends RawUploadStorageTest {
}
