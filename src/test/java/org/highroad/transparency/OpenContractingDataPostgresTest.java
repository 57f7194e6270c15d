package org.highroad.transparency;

import org.highroad.support.OnPostgres;

/** Open contracting data (the release store, its unique key, the since-query's paging) on a real PostgreSQL server. */
@OnPostgres
class OpenContractingDataPostgresTest extends OpenContractingDataTest {
}
