package org.highroad.enforcement;

import org.highroad.support.OnPostgres;

/** A release of withholding sent twice at once, from the staff case page's form and the API, on a real PostgreSQL server. */
@OnPostgres
class ReleaseSentTwicePostgresTest extends ReleaseSentTwiceTest {
}
