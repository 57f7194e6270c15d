package org.highroad.standards.wagedetermination;

import org.highroad.support.OnPostgres;

/** Wage determination import and pinning on a real PostgreSQL server. */
@OnPostgres
class WageDeterminationsApiPostgresTest extends WageDeterminationsApiContract {
}
