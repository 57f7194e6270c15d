package org.highroad.enforcement;

import org.highroad.support.OnPostgres;

/** The same withholding sent twice at once, on a real PostgreSQL server (V73's index there). */
@OnPostgres
class WithholdingSentTwicePostgresTest extends WithholdingSentTwiceTest {
}
