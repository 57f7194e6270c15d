package org.highroad.vendors;

import org.highroad.support.OnPostgres;

/** Vendor pre-qualification through HTTP on a real PostgreSQL server. */
@OnPostgres
class QualificationsApiPostgresTest extends QualificationsApiContract {
}
