package org.highroad.platform.operations;

import org.highroad.support.OnPostgres;

/** Operations on a real PostgreSQL server: the database's health and the gauges' SQL there. */
@OnPostgres
class OperationsPostgresTest extends OperationsContract {
}
