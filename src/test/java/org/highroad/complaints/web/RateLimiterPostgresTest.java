package org.highroad.complaints.web;

import org.highroad.support.OnPostgres;

/** The complaint limits counted in a real PostgreSQL server, shared by two limiters (two nodes). */
@OnPostgres
class RateLimiterPostgresTest extends RateLimiterTest {
}
