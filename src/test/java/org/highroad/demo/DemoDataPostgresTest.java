package org.highroad.demo;

import org.highroad.support.OnPostgres;
import org.springframework.test.context.TestPropertySource;

/** The demo's story on a real PostgreSQL server, as `Run on PostgreSQL` in the README starts it with demo data. */
@OnPostgres
// an engine name of its own beside the H2 story's and the other PostgreSQL tests' (see DemoDataTest)
@TestPropertySource(properties = "operaton.bpm.process-engine-name=demo-postgres")
class DemoDataPostgresTest extends DemoDataTest {
}
