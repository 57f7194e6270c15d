package org.highroad.subsidies;

import org.highroad.support.OnPostgres;

/** Parallel approvals against one budget on a real PostgreSQL server (row locks under read committed). */
@OnPostgres
class ConcurrentApprovalsPostgresTest extends ConcurrentApprovalsTest {
}
