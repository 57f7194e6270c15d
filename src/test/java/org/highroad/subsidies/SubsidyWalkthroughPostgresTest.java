package org.highroad.subsidies;

import org.highroad.support.OnPostgres;

/** The README walkthrough on a real PostgreSQL server. */
@OnPostgres
class SubsidyWalkthroughPostgresTest extends SubsidyWalkthroughTest {
}
