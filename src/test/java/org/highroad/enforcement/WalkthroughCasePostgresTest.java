package org.highroad.enforcement;

import org.highroad.support.OnPostgres;

/** The walkthrough's compliance case (review, notice, payment, verification, finding statuses) on a real PostgreSQL server. */
@OnPostgres
class WalkthroughCasePostgresTest extends WalkthroughCaseTest {
}
