package org.highroad.enforcement;

import org.highroad.support.OnPostgres;

/** Superseded findings leave review, their tasks and any notice, on a real PostgreSQL server. */
@OnPostgres
class SupersededFindingsPostgresTest extends SupersededFindingsTest {
}
