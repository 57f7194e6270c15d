package org.highroad.standards;

import org.highroad.support.OnPostgres;

/** Two adoptions at the same moment, on a real PostgreSQL server (its row lock, its READ COMMITTED). */
@OnPostgres
class StandardAdoptionRacePostgresTest extends StandardAdoptionRaceContract {
}
