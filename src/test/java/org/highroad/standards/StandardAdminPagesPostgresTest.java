package org.highroad.standards;

import org.highroad.support.OnPostgres;

/** The administrator's standards pages, their forms sent twice at the same moment, on a real PostgreSQL server. */
@OnPostgres
class StandardAdminPagesPostgresTest extends StandardAdminPagesTest {
}
