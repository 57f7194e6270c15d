package org.highroad.notifications;

import org.highroad.support.OnPostgres;

/** The same notifications on a real PostgreSQL server: the dedup key under parallel delivery above all. */
@OnPostgres
class NotificationsPostgresTest extends NotificationsTest {
}
