package org.highroad.contracts.process;

import org.highroad.support.OnPostgres;

/**
 * Every contract-award path on a real PostgreSQL server, with what the engine keeps of the officer's and the
 * contractor's answers (nothing) and the removal of what earlier versions kept.
 */
@OnPostgres
class ContractAwardProcessPostgresTest extends ContractAwardProcessTest {
}
