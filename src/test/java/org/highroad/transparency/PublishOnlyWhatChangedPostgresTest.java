package org.highroad.transparency;

import org.highroad.support.OnPostgres;

/** Publishing only what changed on a real PostgreSQL server: marks raced, cleared at the version read, the daily sweep. */
@OnPostgres
class PublishOnlyWhatChangedPostgresTest extends PublishOnlyWhatChangedTest {
}
