package org.highroad.enforcement;

import org.highroad.support.OnPostgres;

/** The standard version's fringe-crediting and correction-payroll settings on a real PostgreSQL server. */
@OnPostgres
class StandardSettingsPostgresTest extends StandardSettingsTest {
}
