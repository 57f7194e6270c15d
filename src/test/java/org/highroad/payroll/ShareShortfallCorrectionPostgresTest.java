package org.highroad.payroll;

import org.highroad.support.OnPostgres;

/** Share shortfalls once per week and line, after corrections and under concurrent checks, on a real PostgreSQL server. */
@OnPostgres
class ShareShortfallCorrectionPostgresTest extends ShareShortfallCorrectionTest {
}
