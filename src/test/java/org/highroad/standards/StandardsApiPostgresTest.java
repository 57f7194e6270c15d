package org.highroad.standards;

import org.highroad.support.OnPostgres;

/** The standards API on a real PostgreSQL server. */
@OnPostgres
class StandardsApiPostgresTest extends StandardsApiContract {
}
