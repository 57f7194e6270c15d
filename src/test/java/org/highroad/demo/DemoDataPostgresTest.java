package org.highroad.demo;

import org.highroad.support.OnPostgres;

/** The demo's story on a real PostgreSQL server, as `Run on PostgreSQL` in the README starts it with demo data. */
@OnPostgres
class DemoDataPostgresTest extends DemoDataTest {
}
