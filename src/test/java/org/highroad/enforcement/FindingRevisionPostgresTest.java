package org.highroad.enforcement;

import org.highroad.support.OnPostgres;

/** An auditor's revision of a confirmed finding, also sent twice at once, on a real PostgreSQL server. */
@OnPostgres
class FindingRevisionPostgresTest extends FindingRevisionTest {
}
