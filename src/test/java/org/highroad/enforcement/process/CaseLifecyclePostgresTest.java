package org.highroad.enforcement.process;

import org.highroad.support.OnPostgres;

/** Every compliance-case path (notices, ledger, steps, the pending debarment) on a real PostgreSQL server. */
@OnPostgres
class CaseLifecyclePostgresTest extends CaseLifecycleTest {
}
