package org.highroad.subsidies;

import org.highroad.support.OnPostgres;

/** Programs and requests, bad input and permissions included, on a real PostgreSQL server. */
@OnPostgres
class SubsidyRequestsPostgresTest extends SubsidyRequestsTest {
}
