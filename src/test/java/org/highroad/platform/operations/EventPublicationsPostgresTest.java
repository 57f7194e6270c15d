package org.highroad.platform.operations;

import org.highroad.support.OnPostgres;

/** The event publication registry and its resubmission on a real PostgreSQL server. */
@OnPostgres
class EventPublicationsPostgresTest extends EventPublicationsTest {
}
